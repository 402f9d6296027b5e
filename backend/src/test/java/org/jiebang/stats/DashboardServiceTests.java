package org.jiebang.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardServiceTests {

	@Test
	void medianOfOddAndEvenCounts() {
		assertThat(DashboardService.median(new double[0])).isNull();
		assertThat(DashboardService.median(new double[] { 3 })).isEqualByComparingTo("3");
		assertThat(DashboardService.median(new double[] { 1, 2, 4, 10 })).isEqualByComparingTo("3.00");
		assertThat(DashboardService.median(new double[] { 1.25, 2.5, 7 })).isEqualByComparingTo("2.50");
	}

	@Test
	void bidsPerChallengeFallIntoBuckets() {
		DashboardView.BidDistribution distribution = DashboardService.distribution(LongStream.of(0, 1, 1, 2, 4, 5, 9, 12)
			.mapToObj(n -> new DashboardService.Closed(UUID.randomUUID(), "t", n))
			.toList());
		assertThat(distribution.buckets()).extracting(DashboardView.Bucket::challenges)
			.containsExactly(1L, 2L, 1L, 0L, 1L, 2L, 1L);
		assertThat(distribution.challenges()).isEqualTo(8);
		assertThat(distribution.mean()).isEqualByComparingTo(new BigDecimal("4.25"));
		assertThat(distribution.median()).isEqualByComparingTo("3.00");
		assertThat(DashboardService.distribution(List.of()).mean()).isNull();
	}

}
