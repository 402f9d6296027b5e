package org.jiebang.challenge;

import java.time.Instant;
import java.util.List;

/**
 * A public notice that an administrator amended a published challenge.
 *
 * @param amendedAt when
 * @param reason why
 * @param changedFields which fields changed
 * @param termsChanged whether indicators, bounty or deadline changed (bids must reconfirm)
 * @param deadlineBefore the deadline before
 * @param deadlineAfter the deadline after
 */
public record AmendmentView(Instant amendedAt, String reason, List<String> changedFields, boolean termsChanged,
		Instant deadlineBefore, Instant deadlineAfter) {
}
