package org.jiebang.award;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.audit.AuditService;
import org.jiebang.bid.BidQueries;
import org.jiebang.bid.BidService;
import org.jiebang.bid.BidStatus;
import org.jiebang.bid.BidView;
import org.jiebang.challenge.ChallengeStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' side of evaluation (SPEC §4): the workspace, non-consensus decisions and shortlisting.
 */
@Service
public class EvaluationAdminService {

	private final BidQueries bidQueries;

	private final BidService bids;

	private final EvaluationLoader loader;

	private final ScoreStore scores;

	private final AwardStore awards;

	private final UserDirectory directory;

	private final AuditService audit;

	private final Clock clock;

	EvaluationAdminService(BidQueries bidQueries, BidService bids, EvaluationLoader loader, ScoreStore scores,
			AwardStore awards, UserDirectory directory, AuditService audit, Clock clock) {
		this.bidQueries = bidQueries;
		this.bids = bids;
		this.loader = loader;
		this.scores = scores;
		this.awards = awards;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** The evaluation workspace of a closed challenge. */
	public Mono<EvaluationView> workspace(Actor actor, UUID challengeId) {
		actor.requireAdmin();
		return this.loader.load(challengeId).flatMap(state -> {
			if (state.challenge().bidsSealed()) {
				return Mono.error(AwardProblems.challengeState(challengeId, state.challenge().status(), "evaluate"));
			}
			return Mono.zip(this.directory.views(state), this.awards.forChallenge(challengeId).map(AwardView::of).collectList())
				.map(t -> workspace(state, t.getT1(), t.getT2()));
		});
	}

	private static EvaluationView workspace(EvaluationState state, List<ReviewerView> reviewers, List<AwardView> awards) {
		Map<UUID, String> names = new LinkedHashMap<>();
		reviewers.forEach(r -> names.put(r.reviewerId(), r.displayName()));
		List<EvaluationView.BidRow> rows = state.bids()
			.stream()
			.map(bid -> row(state, bid, names))
			.sorted(Comparator.comparing(EvaluationView.BidRow::effectiveScore,
					Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())))
			.toList();
		int declared = (int) state.activeReviewers().stream().filter(Assignment::mayReview).count();
		EvaluationView.Panel panel = new EvaluationView.Panel(state.requiredReviewers(), state.assignments().size(),
				state.activeReviewers().size(), declared);
		List<String> blockers = state.challenge().status() == ChallengeStatus.CLOSED ? state.blockers() : List.of();
		Integer winnerRank = awards.stream()
			.filter(a -> a.status() == AwardStatus.CONFIRMED)
			.findFirst()
			.map(AwardView::winnerRank)
			.orElse(null);
		return new EvaluationView(ChallengeRef.of(state.challenge()), state.rubric(), panel, reviewers, rows,
				state.preference().map(PreferenceView::of).orElse(null), blockers,
				state.challenge().status() == ChallengeStatus.CLOSED && blockers.isEmpty(), awards, winnerRank);
	}

	private static EvaluationView.BidRow row(EvaluationState state, BidView bid, Map<UUID, String> names) {
		Decision decision = state.decisions().get(bid.id());
		List<ScoreView> scores = state.countedScores(bid.id())
			.stream()
			.map(s -> ScoreView.of(s, names.get(s.reviewerId())))
			.toList();
		return new EvaluationView.BidRow(bid.id(), bid.lab(), bid.status(), bid.quotedAmount(), bid.deliveryMonths(),
				scores, state.statistics(bid.id()), state.summary(bid.id()),
				decision == null ? null : DecisionView.of(decision, state.currentDecision(bid.id()).isPresent()),
				state.decisionPending(bid.id()), state.effectiveScore(bid.id()), state.missingReviewers(bid.id()),
				state.preferenceRank(bid.id()));
	}

	/** Records the separate decision on a flagged (non-consensus) bid, with its reasoning. */
	@Transactional
	public Mono<DecisionView> decide(Actor actor, UUID bidId, ConsensusDecisionRequest request) {
		actor.requireAdmin();
		return this.bidQueries.get(actor, bidId).flatMap(bid -> this.loader.load(bid.challenge().id())).flatMap(state -> {
			UUID challengeId = state.challenge().id();
			if (state.challenge().status() != ChallengeStatus.CLOSED) {
				return Mono.error(AwardProblems.challengeState(challengeId, state.challenge().status(), "decide on"));
			}
			ScoreStatistics statistics = state.statistics(bidId);
			if (!statistics.flagged()) {
				return Mono.error(AwardProblems.notFlagged(bidId));
			}
			Decision decision = new Decision(bidId, challengeId, request.adoptedScore(), request.reasoning().strip(),
					statistics.mean(), statistics.stddev(), actor.userId(), this.clock.instant());
			return this.scores.saveDecision(decision)
				.then(this.audit.record(actor, "CONSENSUS_DECIDED", "bid", bidId,
						Map.of("mean", statistics.mean(), "stddev", statistics.stddev()),
						Map.of("adoptedScore", decision.adoptedScore(), "reasoning", decision.reasoning())))
				.thenReturn(DecisionView.of(decision, true));
		});
	}

	/** Shortlists the given bids of a challenge in evaluation; the other opened bids are not selected. */
	@Transactional
	public Mono<ShortlistView> shortlist(Actor actor, UUID challengeId, BidIdsRequest request) {
		actor.requireAdmin();
		return this.loader.load(challengeId).flatMap(state -> {
			if (state.challenge().status() != ChallengeStatus.CLOSED) {
				return Mono.error(AwardProblems.challengeState(challengeId, state.challenge().status(), "shortlist"));
			}
			Set<UUID> listed = state.checkedBids(request.bidIds());
			List<UUID> shortlisted = state.bids().stream().map(BidView::id).filter(listed::contains).toList();
			List<UUID> rest = state.bids().stream().map(BidView::id).filter(id -> !listed.contains(id)).toList();
			return Flux.fromIterable(state.bids())
				.concatMap(bid -> {
					BidStatus outcome = listed.contains(bid.id()) ? BidStatus.SHORTLISTED : BidStatus.NOT_SELECTED;
					return bid.status() == outcome ? Mono.<Void>empty() : this.bids.setOutcome(actor, bid.id(), outcome);
				})
				.then(this.audit.record(actor, "SHORTLIST_SET", "challenge", challengeId, Map.of(),
						Map.of("shortlisted", ids(shortlisted), "notSelected", ids(rest))))
				.thenReturn(new ShortlistView(challengeId, shortlisted, rest));
		});
	}

	private static List<String> ids(List<UUID> ids) {
		return ids.stream().map(UUID::toString).collect(Collectors.toList());
	}

}
