package org.jiebang.stats;

import java.util.UUID;

/**
 * Something on the dashboard an administrator should look into (SPEC §7).
 *
 * @param type what kind of flag
 * @param challengeId the challenge concerned (single bid, short window)
 * @param challengeTitle its title
 * @param labId the lab concerned (repeated winner)
 * @param labName its name
 * @param organizationId the firm's organization (repeated winner)
 * @param organizationName its name
 * @param count bids, wins or amendments, by type
 * @param windowDays the bidding window in days (short window)
 */
public record RedFlag(Type type, UUID challengeId, String challengeTitle, UUID labId, String labName,
		UUID organizationId, String organizationName, Long count, Double windowDays) {

	/** The kinds of red flag. */
	public enum Type {

		/** Bidding closed with a single bid. */
		SINGLE_BID,

		/** The same lab won two or more awards of the same firm. */
		REPEATED_WINNER,

		/** After amendments the bidding window is shorter than the configured minimum. */
		SHORT_BIDDING_WINDOW

	}

	static RedFlag singleBid(UUID challengeId, String title) {
		return new RedFlag(Type.SINGLE_BID, challengeId, title, null, null, null, null, 1L, null);
	}

	static RedFlag repeatedWinner(UUID labId, String labName, UUID organizationId, String organizationName, long wins) {
		return new RedFlag(Type.REPEATED_WINNER, null, null, labId, labName, organizationId, organizationName, wins, null);
	}

	static RedFlag shortWindow(UUID challengeId, String title, long amendments, double windowDays) {
		return new RedFlag(Type.SHORT_BIDDING_WINDOW, challengeId, title, null, null, null, null, amendments,
				windowDays);
	}

}
