package org.jiebang.award;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jiebang.bid.BidStatus;
import org.jiebang.bid.BidView;
import org.jiebang.challenge.Rubric;

/**
 * The administrators' evaluation workspace of a challenge: the bids side by side with every reviewer's
 * scores, their statistics and decisions, the firm's preference, the panel's progress and the awards.
 *
 * @param challenge the challenge
 * @param rubric the weights
 * @param panel the panel's size and progress
 * @param reviewers the assigned reviewers
 * @param bids the opened bids, best effective score first
 * @param preference the firm's preference order, {@code null} when not given
 * @param blockers what prevents an award proposal now (empty: ready)
 * @param readyToPropose whether an award may be proposed now
 * @param awards award rows of the challenge, newest first
 * @param winnerRank the confirmed winner's rank among the recommendations at close
 */
public record EvaluationView(ChallengeRef challenge, Rubric rubric, Panel panel, List<ReviewerView> reviewers,
		List<BidRow> bids, PreferenceView preference, List<String> blockers, boolean readyToPropose,
		List<AwardView> awards, Integer winnerRank) {

	/**
	 * The panel.
	 *
	 * @param required reviewers the bounty requires
	 * @param assigned reviewers assigned
	 * @param active of which not recused
	 * @param declared of which declared no conflict
	 */
	public record Panel(int required, int assigned, int active, int declared) {
	}

	/**
	 * One bid in the workspace.
	 *
	 * @param bidId the bid
	 * @param lab the bidding lab
	 * @param status the bid's state
	 * @param quotedAmount quoted amount
	 * @param deliveryMonths months to deliver
	 * @param scores the scores of reviewers who are not recused
	 * @param statistics mean, dispersion and the non-consensus flag
	 * @param criterionMeans per-criterion means
	 * @param decision the non-consensus decision, if any
	 * @param decisionPending whether the bid is flagged and has no current decision
	 * @param effectiveScore the adopted score of a current decision, else the mean
	 * @param missingReviewers active reviewers who have not scored it
	 * @param preferenceRank the firm's rank for it (1 = most preferred), {@code null} when unranked
	 */
	public record BidRow(UUID bidId, BidView.LabRef lab, BidStatus status, BigDecimal quotedAmount,
			Integer deliveryMonths, List<ScoreView> scores, ScoreStatistics statistics, ScoreSummary criterionMeans,
			DecisionView decision, boolean decisionPending, BigDecimal effectiveScore, List<UUID> missingReviewers,
			Integer preferenceRank) {
	}

}
