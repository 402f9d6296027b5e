package org.jiebang.award;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jiebang.bid.BidStatus;
import org.jiebang.challenge.Rubric;

/**
 * A lab's own bid evaluation after the award: per-criterion scores and comments, reviewers anonymized.
 *
 * @param bidId the bid
 * @param challenge the challenge
 * @param bidStatus the bid's outcome
 * @param rubric the weights
 * @param reviews each reviewer's scores, reviewers named A, B, C…
 * @param summary the mean total and per-criterion means
 */
public record BidEvaluationView(UUID bidId, ChallengeRef challenge, BidStatus bidStatus, Rubric rubric,
		List<Review> reviews, ScoreSummary summary) {

	/**
	 * One anonymized reviewer's scores.
	 *
	 * @param reviewer the reviewer's letter
	 * @param technicalMerit technical merit
	 * @param feasibility feasibility
	 * @param teamCapability team capability
	 * @param costReasonableness cost reasonableness
	 * @param total the sum
	 */
	public record Review(String reviewer, CriterionScore technicalMerit, CriterionScore feasibility,
			CriterionScore teamCapability, CriterionScore costReasonableness, BigDecimal total) {
	}

}
