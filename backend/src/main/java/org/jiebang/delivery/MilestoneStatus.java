package org.jiebang.delivery;

/** The states of a delivery milestone (SPEC §5); being overdue is a mark on top of them, not a state. */
public enum MilestoneStatus {

	/** Scheduled, no report yet. */
	PLANNED,

	/** The lab reported it; the firm decides. */
	SUBMITTED,

	/** The firm accepted it; it may be paid. */
	ACCEPTED,

	/** The firm asked for a revision, with comments; the lab reports again. */
	RETURNED;

	/** Whether the lab may (re)port it now. */
	boolean reportable() {
		return this == PLANNED || this == RETURNED;
	}

}
