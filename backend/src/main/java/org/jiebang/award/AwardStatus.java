package org.jiebang.award;

/** The states of an award row: a proposal under announcement and its outcome, or a no-award declaration. */
public enum AwardStatus {

	/** Proposed and announced (公示); objections may be filed until the period ends. */
	PROPOSED,

	/** Withdrawn after an upheld objection; the challenge went back to evaluation. */
	WITHDRAWN,

	/** Confirmed after the period ended with no objection pending or upheld. */
	CONFIRMED,

	/** The challenge was declared unawarded, with a reason. */
	UNAWARDED

}
