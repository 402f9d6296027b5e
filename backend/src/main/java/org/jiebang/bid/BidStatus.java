package org.jiebang.bid;

/** The states of a bid (SPEC §3). */
public enum BidStatus {

	DRAFT, SUBMITTED, WITHDRAWN, SHORTLISTED, NOT_SELECTED, AWARDED

}
