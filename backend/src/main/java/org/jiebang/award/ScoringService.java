package org.jiebang.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.audit.AuditService;
import org.jiebang.challenge.ChallengeFacts;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.Rubric;
import org.jiebang.system.web.ProblemException;
import org.jiebang.system.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an assigned reviewer does after declaring no conflict: read the opened bids of the challenge and score
 * each on the rubric with a comment per criterion (SPEC §4).
 */
@Service
public class ScoringService {

	private final ReviewPanelService panel;

	private final EvaluationLoader loader;

	private final ScoreStore scores;

	private final AuditService audit;

	private final Clock clock;

	ScoringService(ReviewPanelService panel, EvaluationLoader loader, ScoreStore scores, AuditService audit,
			Clock clock) {
		this.panel = panel;
		this.loader = loader;
		this.scores = scores;
		this.audit = audit;
		this.clock = clock;
	}

	/** The opened bids of a challenge the reviewer may review, with the reviewer's own scores. */
	public Mono<ReviewBidsView> bids(Actor actor, UUID challengeId) {
		ReviewPanelService.requireReviewer(actor);
		return reviewable(actor, challengeId).flatMap(state -> {
			List<ReviewBidsView.ReviewBid> bids = state.bids()
				.stream()
				.map(bid -> new ReviewBidsView.ReviewBid(bid, state.scores()
					.stream()
					.filter(s -> s.bidId().equals(bid.id()) && s.reviewerId().equals(actor.userId()))
					.findFirst()
					.map(s -> ScoreView.of(s, actor.displayName()))
					.orElse(null)))
				.toList();
			return Mono.just(new ReviewBidsView(ChallengeRef.of(state.challenge()), state.rubric(), bids));
		});
	}

	/** Scores a bid, or replaces the reviewer's earlier score, while the challenge is in evaluation. */
	@Transactional
	public Mono<ScoreView> score(Actor actor, UUID challengeId, UUID bidId, ScoreRequest request) {
		ReviewPanelService.requireReviewer(actor);
		return reviewable(actor, challengeId).flatMap(state -> {
			ChallengeFacts facts = state.challenge();
			if (facts.status() != ChallengeStatus.CLOSED) {
				return Mono.error(AwardProblems.challengeState(challengeId, facts.status(), "score the bids of"));
			}
			if (state.bid(bidId).isEmpty()) {
				return Mono.error(Problems.notFound("bid", bidId));
			}
			checkWeights(request, state.rubric());
			Instant now = this.clock.instant();
			return this.scores.find(bidId, actor.userId())
				.map(existing -> score(request, bidId, actor.userId(), challengeId, existing.scoredAt(), now))
				.flatMap(s -> this.scores.update(s).thenReturn(s))
				.switchIfEmpty(Mono.defer(() -> {
					Score s = score(request, bidId, actor.userId(), challengeId, now, now);
					return this.scores.insert(s).thenReturn(s);
				}))
				.flatMap(s -> this.audit.record(actor, "BID_SCORED", "bid", bidId, Map.of(), auditSummary(s))
					.thenReturn(ScoreView.of(s, actor.displayName())));
		});
	}

	/** The evaluation of a challenge, when the reviewer is assigned, not recused and declared no conflict. */
	private Mono<EvaluationState> reviewable(Actor actor, UUID challengeId) {
		return this.panel.assignment(actor, challengeId).flatMap(a -> {
			if (a.recused()) {
				return Mono.error(AwardProblems.recused(challengeId));
			}
			if (!a.declared()) {
				return Mono.error(AwardProblems.declarationRequired(challengeId));
			}
			return this.loader.load(challengeId);
		}).flatMap(state -> state.challenge().bidsSealed()
				? Mono.error(AwardProblems.challengeState(challengeId, state.challenge().status(), "review"))
				: Mono.just(state));
	}

	private static void checkWeights(ScoreRequest request, Rubric rubric) {
		List<ProblemException.FieldProblem> errors = new ArrayList<>();
		for (Criterion criterion : Criterion.values()) {
			int weight = criterion.weight(rubric);
			if (criterion.of(request).score().compareTo(BigDecimal.valueOf(weight)) > 0) {
				errors.add(new ProblemException.FieldProblem(criterion.field() + ".score", "Max",
						"award.validation.score-above-weight", weight));
			}
		}
		if (!errors.isEmpty()) {
			throw Problems.invalid(errors);
		}
	}

	private static Score score(ScoreRequest r, UUID bidId, UUID reviewerId, UUID challengeId, Instant scoredAt,
			Instant now) {
		return new Score(bidId, reviewerId, challengeId, strip(r.technicalMerit()), strip(r.feasibility()),
				strip(r.teamCapability()), strip(r.costReasonableness()), scoredAt, now);
	}

	/** Trims the comment and keeps every score at one decimal, as it is stored. */
	private static CriterionScore strip(CriterionScore c) {
		return new CriterionScore(c.score().setScale(1, RoundingMode.UNNECESSARY), c.comment().strip());
	}

	private static Map<String, Object> auditSummary(Score s) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("reviewerId", s.reviewerId().toString());
		for (Criterion criterion : Criterion.values()) {
			after.put(criterion.field(), criterion.of(s));
		}
		after.put("total", s.total());
		return after;
	}

}
