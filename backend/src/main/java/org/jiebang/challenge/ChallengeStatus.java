package org.jiebang.challenge;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle states of SPEC §2; later states (award, delivery) extend the same machine. */
public enum ChallengeStatus {

	DRAFT, SUBMITTED, PUBLISHED, REJECTED, CLOSED, AWARD_PROPOSED, AWARDED, IN_DELIVERY, COMPLETED, TERMINATED,
	UNAWARDED, CANCELLED;

	/** States the public may see: published and everything after it except cancellation before publication. */
	public static final Set<ChallengeStatus> PUBLIC = EnumSet.of(PUBLISHED, CLOSED, AWARD_PROPOSED, AWARDED,
			IN_DELIVERY, COMPLETED, TERMINATED, UNAWARDED, CANCELLED);

	/** Whether the firm may edit the content. */
	public boolean editableByFirm() {
		return this == DRAFT || this == REJECTED;
	}

	/** Whether a cancellation is still possible (any state before AWARDED). */
	public boolean cancellable() {
		return this == DRAFT || this == SUBMITTED || this == PUBLISHED || this == REJECTED || this == CLOSED
				|| this == AWARD_PROPOSED;
	}

}
