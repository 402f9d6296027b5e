package org.jiebang.award;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's score on one criterion, from 0 to the criterion's weight, with the comment that explains it.
 *
 * @param score the points given (at most one decimal)
 * @param comment the reviewer's comment (required, ≤ 2,000)
 */
public record CriterionScore(@NotNull @DecimalMin("0") @Digits(integer = 3, fraction = 1) BigDecimal score,
		@NotBlank @Size(max = 2000) String comment) {
}
