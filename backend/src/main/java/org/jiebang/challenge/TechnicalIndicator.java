package org.jiebang.challenge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One technical indicator (技术指标) a solution must reach.
 *
 * @param name what is measured ({@code 导通电阻})
 * @param target the required value ({@code ≤ 2})
 * @param unit the unit, may be empty ({@code mΩ})
 */
public record TechnicalIndicator(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String target,
		@Size(max = 30) String unit) {
}
