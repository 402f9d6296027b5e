package org.jiebang.bid;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a lab writes in its bid. A draft may be incomplete; submission checks completeness, the bounty,
 * the milestone plan and eligibility. Fields a lab may not set (status, commitment, ids) do not exist here.
 *
 * @param summary summary (≤ 500)
 * @param technicalApproach Markdown technical approach (≤ 20,000)
 * @param quotedAmount quoted amount in CNY (≤ the bounty, two decimals)
 * @param deliveryMonths months to deliver (≤ the challenge's)
 * @param team 1–30 members
 * @param partners 0–4 consortium partners besides the lab's own organization
 * @param milestonePlan 1–10 milestones, due months ascending, payment percents summing to 100
 * @param conflictDeclaration the conflict-of-interest declaration
 * @param conflictAffirmed whether the lab affirms the declaration
 * @param version the version an edit is based on (required to edit)
 */
public record BidRequest(@Size(max = 500) String summary, @Size(max = 20_000) String technicalApproach,
		@DecimalMin(value = "0.00", inclusive = false) @DecimalMax("10000000000.00") @Digits(integer = 11,
				fraction = 2) BigDecimal quotedAmount,
		@Min(1) @Max(60) Integer deliveryMonths, @Size(max = 30) List<@NotNull @Valid TeamMember> team,
		@Size(max = 4) List<@NotNull @Valid Partner> partners,
		@Size(max = 10) List<@NotNull @Valid PlannedMilestone> milestonePlan,
		@Size(max = 2000) String conflictDeclaration, Boolean conflictAffirmed, Long version) {
}
