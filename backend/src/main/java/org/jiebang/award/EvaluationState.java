package org.jiebang.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jiebang.bid.BidView;
import org.jiebang.challenge.ChallengeFacts;
import org.jiebang.challenge.Rubric;
import org.jiebang.system.web.ProblemException;
import org.jiebang.system.web.Problems;

/**
 * Everything known about the evaluation of one challenge at one moment, and the rules computed on it: who
 * counts for the panel, each bid's statistics, and what still blocks an award proposal.
 *
 * @param challenge the challenge
 * @param rubric its weights
 * @param assignments every assigned reviewer, recused or not
 * @param bids the opened bids
 * @param scores every stored score
 * @param decisions non-consensus decisions by bid
 * @param preference the firm's preference order, if given
 * @param requiredReviewers the panel size the bounty requires
 * @param threshold the standard deviation above which a bid is flagged
 */
record EvaluationState(ChallengeFacts challenge, Rubric rubric, List<Assignment> assignments, List<BidView> bids,
		List<Score> scores, Map<UUID, Decision> decisions, Optional<Preference> preference, int requiredReviewers,
		double threshold) {

	static final String PANEL_TOO_SMALL = "PANEL_TOO_SMALL";

	static final String REVIEWS_INCOMPLETE = "REVIEWS_INCOMPLETE";

	static final String DECISIONS_PENDING = "DECISIONS_PENDING";

	static final String NO_BIDS = "NO_BIDS";

	List<Assignment> activeReviewers() {
		return this.assignments.stream().filter(Assignment::active).toList();
	}

	Set<UUID> activeReviewerIds() {
		return activeReviewers().stream().map(Assignment::reviewerId).collect(Collectors.toSet());
	}

	Optional<BidView> bid(UUID bidId) {
		return this.bids.stream().filter(b -> b.id().equals(bidId)).findFirst();
	}

	/** The scores of a bid that count: those of reviewers who are not recused, in panel order. */
	List<Score> countedScores(UUID bidId) {
		List<Score> counted = new ArrayList<>();
		for (Assignment reviewer : activeReviewers()) {
			this.scores.stream()
				.filter(s -> s.bidId().equals(bidId) && s.reviewerId().equals(reviewer.reviewerId()))
				.findFirst()
				.ifPresent(counted::add);
		}
		return counted;
	}

	ScoreStatistics statistics(UUID bidId) {
		return ScoreStatistics.of(countedScores(bidId).stream().map(Score::total).toList(), this.threshold);
	}

	/** Active reviewers who have not scored the bid yet. */
	List<UUID> missingReviewers(UUID bidId) {
		Set<UUID> scored = countedScores(bidId).stream().map(Score::reviewerId).collect(Collectors.toSet());
		return activeReviewers().stream().map(Assignment::reviewerId).filter(id -> !scored.contains(id)).toList();
	}

	/** The decision on a bid when it is still current for the bid's statistics. */
	Optional<Decision> currentDecision(UUID bidId) {
		Decision decision = this.decisions.get(bidId);
		return decision != null && decision.currentFor(statistics(bidId)) ? Optional.of(decision) : Optional.empty();
	}

	boolean decisionPending(UUID bidId) {
		return statistics(bidId).flagged() && currentDecision(bidId).isEmpty();
	}

	/** The score that ranks the bid: a current decision's adopted score, else the mean. */
	BigDecimal effectiveScore(UUID bidId) {
		return currentDecision(bidId).map(Decision::adoptedScore).orElse(statistics(bidId).mean());
	}

	/** What still prevents an award proposal; empty when one may be made. */
	List<String> blockers() {
		List<String> blockers = new ArrayList<>();
		if (this.bids.isEmpty()) {
			blockers.add(NO_BIDS);
		}
		if (activeReviewers().size() < this.requiredReviewers) {
			blockers.add(PANEL_TOO_SMALL);
		}
		if (this.bids.stream().anyMatch(b -> !missingReviewers(b.id()).isEmpty())) {
			blockers.add(REVIEWS_INCOMPLETE);
		}
		if (this.bids.stream().anyMatch(b -> decisionPending(b.id()))) {
			blockers.add(DECISIONS_PENDING);
		}
		return blockers;
	}

	/** The bid's rubric totals as the announcement shows them. */
	ScoreSummary summary(UUID bidId) {
		List<Score> counted = countedScores(bidId);
		BigDecimal[] means = new BigDecimal[Criterion.values().length];
		for (Criterion criterion : Criterion.values()) {
			double sum = counted.stream().mapToDouble(s -> criterion.of(s).doubleValue()).sum();
			means[criterion.ordinal()] = counted.isEmpty() ? null : ScoreStatistics.round(sum / counted.size());
		}
		BigDecimal adopted = currentDecision(bidId).map(Decision::adoptedScore).orElse(null);
		return new ScoreSummary(this.rubric, counted.size(), statistics(bidId).mean(), means[0], means[1], means[2],
				means[3], adopted);
	}

	/** How many opened bids the reviewer has scored. */
	int scoredBy(UUID reviewerId) {
		return (int) this.bids.stream()
			.filter(b -> this.scores.stream().anyMatch(s -> s.bidId().equals(b.id()) && s.reviewerId().equals(reviewerId)))
			.count();
	}

	/** The requested bids, each an opened bid of the challenge and named once; else 400 naming the fields. */
	Set<UUID> checkedBids(List<UUID> requested) {
		Set<UUID> opened = this.bids.stream().map(BidView::id).collect(Collectors.toSet());
		Set<UUID> seen = new LinkedHashSet<>();
		List<ProblemException.FieldProblem> errors = new ArrayList<>();
		for (int i = 0; i < requested.size(); i++) {
			UUID id = requested.get(i);
			if (!opened.contains(id)) {
				errors.add(new ProblemException.FieldProblem("bidIds[" + i + "]", "Unknown", "award.validation.bid-unknown"));
			}
			else if (!seen.add(id)) {
				errors.add(new ProblemException.FieldProblem("bidIds[" + i + "]", "Duplicate", "award.validation.duplicate"));
			}
		}
		if (!errors.isEmpty()) {
			throw Problems.invalid(errors);
		}
		return seen;
	}

	/** The firm's rank for a bid (1 = most preferred), {@code null} when it did not rank it. */
	Integer preferenceRank(UUID bidId) {
		return this.preference.map(p -> p.bidIds().indexOf(bidId)).filter(i -> i >= 0).map(i -> i + 1).orElse(null);
	}

}
