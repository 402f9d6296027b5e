package org.jiebang.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jiebang.award.MatchingEffectiveness;

/**
 * The administrators' dashboard (SPEC §8).
 *
 * @param challengesByStatus every state with its number of challenges (zeros included)
 * @param challengesByChain published challenges per industry chain, most first
 * @param bounty bounty published and awarded
 * @param bidsPerChallenge the distribution of bids over challenges whose bidding closed
 * @param medianDaysToAward median days from publication to award confirmation, {@code null} without awards
 * @param onTimeMilestones milestones met on time
 * @param matchingEffectiveness share of awards won by a top-10 recommended lab
 * @param redFlags what to look into
 * @param generatedAt when the figures were computed
 */
public record DashboardView(Map<String, Long> challengesByStatus, List<ChainCount> challengesByChain, Bounty bounty,
		BidDistribution bidsPerChallenge, BigDecimal medianDaysToAward, OnTime onTimeMilestones,
		MatchingEffectiveness matchingEffectiveness, List<RedFlag> redFlags, Instant generatedAt) {

	/**
	 * Bounty published against bounty awarded.
	 *
	 * @param published bounties of every challenge ever published, in CNY
	 * @param awarded amounts of confirmed awards, in CNY
	 */
	public record Bounty(BigDecimal published, BigDecimal awarded) {
	}

	/**
	 * How many bids the closed challenges received.
	 *
	 * @param buckets challenges per number of bids: "0", "1", "2", "3", "4", "5-9", "10+"
	 * @param challenges closed challenges counted
	 * @param mean mean bids per challenge, {@code null} without any
	 * @param median median bids per challenge, {@code null} without any
	 */
	public record BidDistribution(List<Bucket> buckets, long challenges, BigDecimal mean, BigDecimal median) {
	}

	/**
	 * One bar of the distribution.
	 *
	 * @param bids the number of bids (or range)
	 * @param challenges challenges with that many
	 */
	public record Bucket(String bids, long challenges) {
	}

	/**
	 * Milestone punctuality over every delivery.
	 *
	 * @param onTime accepted on a report made by the due date
	 * @param counted accepted or already due
	 * @param ratio {@code onTime / counted}, {@code null} when nothing counts yet
	 */
	public record OnTime(long onTime, long counted, Double ratio) {
	}

}
