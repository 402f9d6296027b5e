package org.jiebang.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One reviewer's stored score of one bid.
 *
 * @param bidId the bid
 * @param reviewerId the reviewer
 * @param challengeId the bid's challenge
 * @param technicalMerit technical merit
 * @param feasibility feasibility
 * @param teamCapability team capability
 * @param costReasonableness cost reasonableness
 * @param scoredAt first scoring
 * @param updatedAt last change
 */
record Score(UUID bidId, UUID reviewerId, UUID challengeId, CriterionScore technicalMerit,
		CriterionScore feasibility, CriterionScore teamCapability, CriterionScore costReasonableness,
		Instant scoredAt, Instant updatedAt) {

	BigDecimal total() {
		BigDecimal total = BigDecimal.ZERO;
		for (Criterion criterion : Criterion.values()) {
			total = total.add(criterion.of(this));
		}
		return total;
	}

}
