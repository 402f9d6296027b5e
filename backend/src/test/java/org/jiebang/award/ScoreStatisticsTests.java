package org.jiebang.award;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreStatisticsTests {

	private static final double THRESHOLD = 15;

	@Test
	void stronglyDisagreeingReviewersFlagTheBid() {
		ScoreStatistics statistics = ScoreStatistics.of(totals("90", "88", "30"), THRESHOLD);
		assertThat(statistics.count()).isEqualTo(3);
		assertThat(statistics.mean()).isEqualByComparingTo("69.33");
		// population deviation: sqrt(((20.67)^2 + (18.67)^2 + (39.33)^2) / 3)
		assertThat(statistics.stddev()).isEqualByComparingTo("27.82");
		assertThat(statistics.flagged()).isTrue();
	}

	@Test
	void closeScoresAreAveragedWithoutAFlag() {
		ScoreStatistics statistics = ScoreStatistics.of(totals("80", "78", "82"), THRESHOLD);
		assertThat(statistics.mean()).isEqualByComparingTo("80.00");
		assertThat(statistics.stddev()).isEqualByComparingTo("1.63");
		assertThat(statistics.flagged()).isFalse();
	}

	@Test
	void theThresholdItselfIsNotExceeded() {
		// 50 and 80: mean 65, population deviation exactly 15
		ScoreStatistics statistics = ScoreStatistics.of(totals("50", "80"), THRESHOLD);
		assertThat(statistics.stddev()).isEqualByComparingTo("15.00");
		assertThat(statistics.flagged()).isFalse();
		assertThat(ScoreStatistics.of(totals("50", "80.2"), THRESHOLD).flagged()).isTrue();
	}

	@Test
	void populationNotSampleDeviationIsUsed() {
		// sample deviation of 60 and 90 would be 21.21; the population one is 15
		assertThat(ScoreStatistics.of(totals("60", "90"), THRESHOLD).stddev()).isEqualByComparingTo("15.00");
	}

	@Test
	void oneReviewerNeverDisagreesAndNoneGivesNoMean() {
		ScoreStatistics single = ScoreStatistics.of(totals("12.5"), THRESHOLD);
		assertThat(single.mean()).isEqualByComparingTo("12.50");
		assertThat(single.stddev()).isEqualByComparingTo("0");
		assertThat(single.flagged()).isFalse();
		ScoreStatistics none = ScoreStatistics.of(List.of(), THRESHOLD);
		assertThat(none.count()).isZero();
		assertThat(none.mean()).isNull();
		assertThat(none.flagged()).isFalse();
	}

	@Test
	void aLowerThresholdFlagsModestDisagreement() {
		assertThat(ScoreStatistics.of(totals("80", "78", "82"), 1.5).flagged()).isTrue();
	}

	@Test
	void reviewersAreLetteredInPanelOrder() {
		assertThat(AnnouncementQueries.letter(0)).isEqualTo("A");
		assertThat(AnnouncementQueries.letter(2)).isEqualTo("C");
		assertThat(AnnouncementQueries.letter(25)).isEqualTo("Z");
		assertThat(AnnouncementQueries.letter(26)).isEqualTo("R27");
	}

	private static List<BigDecimal> totals(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

}
