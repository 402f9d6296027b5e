package org.jiebang.account;

/** The roles of SPEC §1. */
public enum Role {

	FIRM, LAB, ADMIN, EXPERT

}
