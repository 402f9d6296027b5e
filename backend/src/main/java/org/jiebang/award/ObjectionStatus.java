package org.jiebang.award;

/** The states of an objection (异议): pending until an administrator upholds or dismisses it. */
public enum ObjectionStatus {

	PENDING, UPHELD, DISMISSED

}
