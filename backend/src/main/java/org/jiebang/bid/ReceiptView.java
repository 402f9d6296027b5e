package org.jiebang.bid;

import java.time.Instant;
import java.util.UUID;

/**
 * The lab's receipt of a submitted bid.
 *
 * @param bidId the bid
 * @param challengeId the challenge
 * @param algorithm always {@code SHA-256}
 * @param commitment hex SHA-256 of the canonical bid content
 * @param submittedAt when the commitment was recorded
 */
public record ReceiptView(UUID bidId, UUID challengeId, String algorithm, String commitment, Instant submittedAt) {
}
