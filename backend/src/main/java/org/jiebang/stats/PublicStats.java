package org.jiebang.stats;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures shown to everyone on the home page: the public subset of the dashboard.
 *
 * @param publishedChallenges challenges that were ever published (public states)
 * @param openChallenges challenges open for bids now
 * @param awardedChallenges challenges awarded or later
 * @param labs lab profiles
 * @param organizations registered organizations
 * @param openBounty the sum of bounties of open challenges, in CNY
 * @param challengesByChain published challenges per industry chain, most first
 * @param awardedBounty the amounts of confirmed awards added up, in CNY
 * @param completedChallenges challenges delivered and accepted
 * @param completedResults results summaries (成果) on the public showcase
 */
public record PublicStats(long publishedChallenges, long openChallenges, long awardedChallenges, long labs,
		long organizations, BigDecimal openBounty, List<ChainCount> challengesByChain, BigDecimal awardedBounty,
		long completedChallenges, long completedResults) {
}
