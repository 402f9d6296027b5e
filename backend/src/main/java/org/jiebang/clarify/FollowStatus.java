package org.jiebang.clarify;

import java.time.Instant;
import java.util.UUID;

/**
 * Whether the viewer's lab follows a challenge.
 *
 * @param challengeId the challenge
 * @param following whether it does
 * @param followedAt since when, or {@code null}
 */
public record FollowStatus(UUID challengeId, boolean following, Instant followedAt) {
}
