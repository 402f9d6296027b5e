package org.jiebang.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An objection (异议) to an announced award.
 *
 * @param reasons the objector's reasons (required, ≤ 5,000)
 */
public record ObjectionRequest(@NotBlank @Size(max = 5000) String reasons) {
}
