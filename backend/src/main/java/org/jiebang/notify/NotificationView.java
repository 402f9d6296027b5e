package org.jiebang.notify;

import java.time.Instant;
import java.util.Map;

/**
 * One notification for its user.
 *
 * @param id increasing id (the Server-Sent Events id)
 * @param kind what happened
 * @param params the values the text needs ({@code title}, {@code count})
 * @param link the page it concerns
 * @param createdAt when
 * @param readAt when it was read, or {@code null}
 */
public record NotificationView(long id, NotificationKind kind, Map<String, Object> params, String link,
		Instant createdAt, Instant readAt) {
}
