package org.jiebang.challenge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What other features (bids, evaluation) need to know about a challenge.
 *
 * @param id the challenge
 * @param organizationId the firm's organization
 * @param status lifecycle state
 * @param title title
 * @param bounty bounty
 * @param bidDeadline deadline
 * @param deliveryMonths delivery period
 * @param eligibleOrgTypes organization types that may bid
 * @param eligibleRegions regions that may bid (empty: all)
 * @param closedAt when bidding closed (bids are sealed while this is null)
 * @param termsChangedAt last term-changing amendment (bids submitted before must reconfirm)
 * @param rubric the evaluation weights
 */
public record ChallengeFacts(UUID id, UUID organizationId, ChallengeStatus status, String title, BigDecimal bounty,
		Instant bidDeadline, Integer deliveryMonths, List<String> eligibleOrgTypes, List<String> eligibleRegions,
		Instant closedAt, Instant termsChangedAt, Rubric rubric) {

	/** Bids are sealed until bidding closed. */
	public boolean bidsSealed() {
		return this.closedAt == null;
	}

	/** Whether a bid may be submitted at this instant: published and before the deadline. */
	public boolean acceptsBidsAt(Instant now) {
		return this.status == ChallengeStatus.PUBLISHED && this.bidDeadline != null && now.isBefore(this.bidDeadline);
	}

}
