package org.jiebang.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded payment of an accepted milestone.
 *
 * @param id the payment
 * @param milestoneId the milestone
 * @param challengeId its challenge
 * @param amount amount paid
 * @param paidOn the day it was paid
 * @param note an optional note (transfer reference)
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
record Payment(UUID id, UUID milestoneId, UUID challengeId, BigDecimal amount, LocalDate paidOn, String note,
		UUID recordedBy, Instant recordedAt) {
}
