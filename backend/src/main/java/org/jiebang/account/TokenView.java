package org.jiebang.account;

import java.time.Instant;

/**
 * A bearer token for programmatic clients.
 *
 * @param token the token, sent as {@code Authorization: Bearer <token>}
 * @param tokenType always {@code Bearer}
 * @param expiresAt when it stops being valid
 */
public record TokenView(String token, String tokenType, Instant expiresAt) {
}
