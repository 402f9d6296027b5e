package org.jiebang.award;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The separate decision on a non-consensus bid.
 *
 * @param adoptedScore the total score adopted for the bid (0–100)
 * @param reasoning why (required, ≤ 5,000)
 */
public record ConsensusDecisionRequest(
		@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal adoptedScore,
		@NotBlank @Size(max = 5000) String reasoning) {
}
