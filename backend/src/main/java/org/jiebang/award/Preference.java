package org.jiebang.award;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The firm's advisory preference order among the bids of its challenge.
 *
 * @param challengeId the challenge
 * @param bidIds bids, most preferred first
 * @param setBy the firm member
 * @param setAt when
 */
record Preference(UUID challengeId, List<UUID> bidIds, UUID setBy, Instant setAt) {
}
