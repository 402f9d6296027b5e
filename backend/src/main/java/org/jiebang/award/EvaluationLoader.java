package org.jiebang.award;

import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.bid.BidQueries;
import org.jiebang.challenge.ChallengeFacts;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.Rubric;
import org.jiebang.system.config.JiebangProperties;

import org.springframework.stereotype.Component;

/** Loads the {@link EvaluationState} of a challenge from its feature services and this feature's stores. */
@Component
class EvaluationLoader {

	private final ChallengeService challenges;

	private final BidQueries bids;

	private final PanelStore panel;

	private final ScoreStore scores;

	private final JiebangProperties.Award settings;

	EvaluationLoader(ChallengeService challenges, BidQueries bids, PanelStore panel, ScoreStore scores,
			JiebangProperties properties) {
		this.challenges = challenges;
		this.bids = bids;
		this.panel = panel;
		this.scores = scores;
		this.settings = properties.award();
	}

	Mono<EvaluationState> load(UUID challengeId) {
		return this.challenges.facts(challengeId).flatMap(this::load);
	}

	Mono<EvaluationState> load(ChallengeFacts facts) {
		return Mono
			.zip(rubric(facts), this.panel.forChallenge(facts.id()).collectList(), this.bids.openedBids(facts.id()),
					this.scores.forChallenge(facts.id()).collectList(),
					this.scores.decisions(facts.id()).collectMap(Decision::bidId),
					this.scores.preference(facts.id()).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.map(t -> new EvaluationState(facts, t.getT1(), t.getT2(), t.getT3(), t.getT4(), t.getT5(), t.getT6(),
					requiredReviewers(facts), this.settings.nonConsensusStddev()));
	}

	/** The rubric of a challenge, fixed before publication. */
	Mono<Rubric> rubric(ChallengeFacts facts) {
		return Mono.just(facts.rubric() == null ? Rubric.DEFAULT : facts.rubric());
	}

	int requiredReviewers(ChallengeFacts facts) {
		return facts.bounty() != null && facts.bounty().compareTo(this.settings.panelThreshold()) > 0 ? 3 : 1;
	}

}
