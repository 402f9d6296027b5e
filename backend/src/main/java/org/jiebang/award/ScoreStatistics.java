package org.jiebang.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The statistics of one bid's total scores (SPEC §4): their mean, the population standard deviation and
 * whether reviewers disagree so strongly that the bid needs a separate decision (非共识).
 *
 * @param count how many totals there are
 * @param mean the mean total, rounded to two decimals ({@code null} without totals)
 * @param stddev the population standard deviation, rounded to two decimals ({@code null} without totals)
 * @param flagged whether the unrounded standard deviation exceeds the threshold
 */
public record ScoreStatistics(int count, BigDecimal mean, BigDecimal stddev, boolean flagged) {

	/** Computes the statistics of the totals; a single total never disagrees with itself. */
	public static ScoreStatistics of(List<BigDecimal> totals, double threshold) {
		if (totals.isEmpty()) {
			return new ScoreStatistics(0, null, null, false);
		}
		double mean = totals.stream().mapToDouble(BigDecimal::doubleValue).sum() / totals.size();
		double variance = totals.stream().mapToDouble(t -> square(t.doubleValue() - mean)).sum() / totals.size();
		double stddev = Math.sqrt(variance);
		return new ScoreStatistics(totals.size(), round(mean), round(stddev), stddev > threshold);
	}

	/** Rounds to two decimals, half up, as every score figure of the API is shown. */
	static BigDecimal round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	private static double square(double value) {
		return value * value;
	}

}
