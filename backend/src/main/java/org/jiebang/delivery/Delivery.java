package org.jiebang.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The delivery of an awarded challenge: who delivers what for how much, and how it ended.
 *
 * @param challengeId the challenge
 * @param awardId the confirmed award
 * @param bidId the winning bid
 * @param challengeTitle the challenge's title
 * @param firmOrganizationId the firm's organization
 * @param labId the winning lab
 * @param labName its name
 * @param labOrganizationId the lab's organization
 * @param labOrganizationName its name
 * @param amount the quoted amount of the winning bid
 * @param confirmedAt when the award was confirmed
 * @param startedAt when the first milestone report arrived
 * @param completedAt when the last milestone was accepted
 * @param terminatedAt when an administrator terminated it
 * @param terminatedBy who
 * @param terminationReason why
 * @param dueDiligence whether the lab acted with due diligence (尽职免责)
 */
record Delivery(UUID challengeId, UUID awardId, UUID bidId, String challengeTitle, UUID firmOrganizationId,
		UUID labId, String labName, UUID labOrganizationId, String labOrganizationName, BigDecimal amount,
		Instant confirmedAt, Instant startedAt, Instant completedAt, Instant terminatedAt, UUID terminatedBy,
		String terminationReason, Boolean dueDiligence) {

	boolean terminated() {
		return this.terminatedAt != null;
	}

	boolean finished() {
		return this.terminatedAt != null || this.completedAt != null;
	}

}
