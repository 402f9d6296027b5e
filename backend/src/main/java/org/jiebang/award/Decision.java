package org.jiebang.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The separate decision on a non-consensus bid, with the statistics it was taken on: it stays current only
 * while the bid's mean and dispersion are still those.
 *
 * @param bidId the bid
 * @param challengeId its challenge
 * @param adoptedScore the score adopted instead of the mean
 * @param reasoning why
 * @param meanAt the mean when decided
 * @param stddevAt the standard deviation when decided
 * @param decidedBy the administrator
 * @param decidedAt when
 */
record Decision(UUID bidId, UUID challengeId, BigDecimal adoptedScore, String reasoning, BigDecimal meanAt,
		BigDecimal stddevAt, UUID decidedBy, Instant decidedAt) {

	boolean currentFor(ScoreStatistics statistics) {
		return statistics.mean() != null && this.meanAt.compareTo(statistics.mean()) == 0
				&& this.stddevAt.compareTo(statistics.stddev()) == 0;
	}

}
