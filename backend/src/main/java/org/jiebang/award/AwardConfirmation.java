package org.jiebang.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A confirmed award, as the features that follow it (delivery, statistics) learn of it.
 *
 * @param awardId the award
 * @param challengeId the challenge, now AWARDED
 * @param bidId the winning bid, now AWARDED
 * @param labId the winning lab
 * @param organizationId the lab's organization
 * @param amount the winning bid's quoted amount
 * @param confirmedAt when
 */
public record AwardConfirmation(UUID awardId, UUID challengeId, UUID bidId, UUID labId, UUID organizationId,
		BigDecimal amount, Instant confirmedAt) {
}
