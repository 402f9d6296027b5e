package org.jiebang.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jiebang.bid.PlannedMilestone;

/**
 * Turns a winning bid's milestone plan into the delivery schedule (SPEC §5): each milestone is due at the end
 * of the day {@code dueMonth} calendar months after the confirmation date in Asia/Shanghai, and is paid
 * {@code paymentPercent} of the quoted amount, truncated to the cent, with the remainder on the last
 * milestone so that the amounts add up exactly to the quoted amount.
 */
public final class MilestoneSchedule {

	/** The calendar delivery dates follow (SPEC §9: times in Asia/Shanghai, stored in UTC). */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private MilestoneSchedule() {
	}

	/**
	 * One scheduled milestone.
	 *
	 * @param seq 1-based position in the plan
	 * @param title what the milestone is
	 * @param deliverable what is handed over
	 * @param dueMonth months after confirmation
	 * @param dueDate the due day in Asia/Shanghai
	 * @param dueAt the end of the due day, in UTC
	 * @param paymentPercent share of the quoted amount
	 * @param paymentAmount the amount paid on acceptance
	 */
	public record Scheduled(int seq, String title, String deliverable, int dueMonth, LocalDate dueDate, Instant dueAt,
			int paymentPercent, BigDecimal paymentAmount) {
	}

	/** The schedule of a plan confirmed at an instant for a quoted amount. */
	public static List<Scheduled> of(BigDecimal quotedAmount, Instant confirmedAt, List<PlannedMilestone> plan) {
		List<BigDecimal> amounts = amounts(quotedAmount, plan.stream().map(PlannedMilestone::paymentPercent).toList());
		LocalDate confirmed = confirmedAt.atZone(ZONE).toLocalDate();
		List<Scheduled> schedule = new ArrayList<>(plan.size());
		for (int i = 0; i < plan.size(); i++) {
			PlannedMilestone m = plan.get(i);
			LocalDate due = dueDate(confirmed, m.dueMonth());
			schedule.add(new Scheduled(i + 1, m.title(), m.deliverable(), m.dueMonth(), due, endOf(due),
					m.paymentPercent(), amounts.get(i)));
		}
		return List.copyOf(schedule);
	}

	/**
	 * Splits an amount by integer percents summing to 100: each share truncated to the cent, the last taking
	 * what remains, so the shares are exact and add up to the amount.
	 */
	public static List<BigDecimal> amounts(BigDecimal total, List<Integer> percents) {
		if (percents.isEmpty() || percents.stream().mapToInt(Integer::intValue).sum() != 100) {
			throw new IllegalArgumentException("Payment percents must add up to 100: " + percents);
		}
		BigDecimal exact = total.setScale(2, RoundingMode.UNNECESSARY);
		List<BigDecimal> amounts = new ArrayList<>(percents.size());
		BigDecimal assigned = BigDecimal.ZERO.setScale(2);
		for (int i = 0; i < percents.size() - 1; i++) {
			BigDecimal share = exact.multiply(BigDecimal.valueOf(percents.get(i)))
				.divide(HUNDRED, 2, RoundingMode.DOWN);
			amounts.add(share);
			assigned = assigned.add(share);
		}
		amounts.add(exact.subtract(assigned));
		return List.copyOf(amounts);
	}

	/** The confirmation day plus whole calendar months (the 31st falls back to the month's last day). */
	public static LocalDate dueDate(LocalDate confirmed, int dueMonth) {
		return confirmed.plusMonths(dueMonth);
	}

	/** The end of a day in Asia/Shanghai: the first instant of the next day. */
	public static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(ZONE).toInstant();
	}

	/** Today in Asia/Shanghai. */
	public static LocalDate today(Instant now) {
		return now.atZone(ZONE).toLocalDate();
	}

}
