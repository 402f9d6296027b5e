package org.jiebang.stats;

import java.math.BigDecimal;

/**
 * The figures shown to everyone on the home page.
 *
 * @param publishedChallenges challenges that were ever published (public states)
 * @param openChallenges challenges open for bids now
 * @param awardedChallenges challenges awarded or later
 * @param labs lab profiles
 * @param organizations registered organizations
 * @param openBounty the sum of bounties of open challenges, in CNY
 */
public record PublicStats(long publishedChallenges, long openChallenges, long awardedChallenges, long labs,
		long organizations, BigDecimal openBounty) {
}
