package org.jiebang.award;

import java.time.Instant;
import java.util.UUID;

/**
 * A reviewer assigned to a challenge, with recusal and conflict declaration.
 *
 * @param challengeId the challenge
 * @param reviewerId the reviewer (EXPERT or ADMIN)
 * @param assignedBy the administrator who assigned them
 * @param assignedAt when
 * @param recused whether the reviewer is recused
 * @param recusalReason why, when recused
 * @param recusalDetail what the recusal is about (an organization's name)
 * @param declaredAt when the reviewer declared conflicts, {@code null} before
 * @param hasConflict what they declared
 * @param conflictStatement their statement
 */
record Assignment(UUID challengeId, UUID reviewerId, UUID assignedBy, Instant assignedAt, boolean recused,
		RecusalReason recusalReason, String recusalDetail, Instant declaredAt, Boolean hasConflict,
		String conflictStatement) {

	boolean declared() {
		return this.declaredAt != null;
	}

	/** Whether the reviewer counts for the panel: not recused. */
	boolean active() {
		return !this.recused;
	}

	/** Whether the reviewer may see and score the bids: active and declared free of conflicts. */
	boolean mayReview() {
		return !this.recused && declared() && Boolean.FALSE.equals(this.hasConflict);
	}

}
