package org.jiebang.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.jiebang.bid.PlannedMilestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MilestoneScheduleTests {

	@Test
	void thirtyThreeThirtyThreeThirtyFourPercentOfAMillionAndOneCentAreExactAndAddUp() {
		List<BigDecimal> amounts = MilestoneSchedule.amounts(new BigDecimal("1000000.01"), List.of(33, 33, 34));
		assertThat(amounts).containsExactly(new BigDecimal("330000.00"), new BigDecimal("330000.00"),
				new BigDecimal("340000.01"));
		assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000000.01");
		assertThat(amounts).allSatisfy(a -> assertThat(a.scale()).isEqualTo(2));
	}

	@Test
	void theRemainderOfEveryTruncationGoesToTheLastMilestone() {
		for (String total : List.of("0.01", "0.99", "1.00", "999999.99", "10000000000.00", "3333333.33")) {
			for (List<Integer> percents : List.of(List.of(100), List.of(50, 50), List.of(1, 1, 98), List.of(99, 1),
					List.of(10, 10, 10, 10, 10, 10, 10, 10, 10, 10), List.of(17, 29, 31, 23))) {
				List<BigDecimal> amounts = MilestoneSchedule.amounts(new BigDecimal(total), percents);
				assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
				assertThat(amounts).allSatisfy(a -> assertThat(a.signum()).isNotNegative());
			}
		}
	}

	@Test
	void percentsMustAddUpToExactlyOneHundred() {
		assertThatIllegalArgumentException().isThrownBy(() -> MilestoneSchedule.amounts(BigDecimal.TEN, List.of(50, 49)));
		assertThatIllegalArgumentException().isThrownBy(() -> MilestoneSchedule.amounts(BigDecimal.TEN, List.of()));
	}

	@Test
	void dueDatesFollowTheShanghaiCalendarAndEndAtItsMidnight() {
		// 2026-01-30 20:00 UTC is already 31 January in Shanghai; a month later is the last day of February.
		Instant confirmed = Instant.parse("2026-01-30T20:00:00Z");
		List<MilestoneSchedule.Scheduled> schedule = MilestoneSchedule.of(new BigDecimal("1000000.01"), confirmed,
				List.of(new PlannedMilestone("设计", "报告", 1, 33), new PlannedMilestone("样品", "样品", 2, 33),
						new PlannedMilestone("验收", "验收报告", 12, 34)));
		assertThat(schedule).extracting(MilestoneSchedule.Scheduled::dueDate)
			.containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31), LocalDate.of(2027, 1, 31));
		assertThat(schedule.get(0).dueAt()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
		assertThat(schedule).extracting(MilestoneSchedule.Scheduled::seq).containsExactly(1, 2, 3);
		assertThat(schedule.get(2).paymentAmount()).isEqualByComparingTo("340000.01");
	}

}
