package org.jiebang.challenge;

/** Who owns the results (成果归属). */
public enum IpTerms {

	FIRM_OWNS, LAB_OWNS_FIRM_LICENSED, JOINT, PUBLIC, NEGOTIABLE

}
