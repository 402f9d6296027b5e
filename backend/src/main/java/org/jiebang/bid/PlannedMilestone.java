package org.jiebang.bid;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One milestone of a bid's plan.
 *
 * @param title what the milestone is
 * @param deliverable what is handed over
 * @param dueMonth month after the award in which it is due
 * @param paymentPercent share of the quoted amount paid on acceptance
 */
public record PlannedMilestone(@NotBlank @Size(max = 120) String title, @NotBlank @Size(max = 1000) String deliverable,
		@NotNull @Min(1) @Max(60) Integer dueMonth, @NotNull @Min(1) @Max(100) Integer paymentPercent) {
}
