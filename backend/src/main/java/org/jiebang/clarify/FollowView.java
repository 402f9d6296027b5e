package org.jiebang.clarify;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jiebang.challenge.ChallengeStatus;

/**
 * A challenge the lab follows.
 *
 * @param challengeId the challenge
 * @param title its title
 * @param status its state
 * @param bidDeadline its deadline
 * @param bounty its bounty
 * @param open whether it takes bids now
 * @param followedAt since when the lab follows it
 */
public record FollowView(UUID challengeId, String title, ChallengeStatus status, Instant bidDeadline,
		BigDecimal bounty, boolean open, Instant followedAt) {
}
