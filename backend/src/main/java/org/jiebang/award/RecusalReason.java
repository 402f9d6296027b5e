package org.jiebang.award;

/** Why a reviewer does not review a challenge (SPEC §4): automatic recusal or their own declaration. */
public enum RecusalReason {

	/** The reviewer belongs to the organization that posed the challenge. */
	FIRM_ORGANIZATION,

	/** The reviewer belongs to the organization of a bidding lab. */
	BIDDER_ORGANIZATION,

	/** The reviewer's organization is a consortium partner of a bid (same credit code). */
	PARTNER_ORGANIZATION,

	/** The reviewer declared a conflict of interest. */
	DECLARED_CONFLICT

}
