package org.jiebang.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A reviewer's score of a bid.
 *
 * @param bidId the bid
 * @param reviewerId the reviewer
 * @param reviewerName the reviewer's name (administrators and the reviewer only)
 * @param technicalMerit technical merit
 * @param feasibility feasibility
 * @param teamCapability team capability
 * @param costReasonableness cost reasonableness
 * @param total the sum
 * @param scoredAt first scoring
 * @param updatedAt last change
 */
public record ScoreView(UUID bidId, UUID reviewerId, String reviewerName, CriterionScore technicalMerit,
		CriterionScore feasibility, CriterionScore teamCapability, CriterionScore costReasonableness,
		BigDecimal total, Instant scoredAt, Instant updatedAt) {

	static ScoreView of(Score s, String reviewerName) {
		return new ScoreView(s.bidId(), s.reviewerId(), reviewerName, s.technicalMerit(), s.feasibility(),
				s.teamCapability(), s.costReasonableness(), s.total(), s.scoredAt(), s.updatedAt());
	}

}
