package org.jiebang.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An administrator's answer to an objection.
 *
 * @param decision UPHELD (the proposal is withdrawn) or DISMISSED
 * @param answer the reasons, shown to the objector (required, ≤ 5,000)
 */
public record ObjectionAnswerRequest(@NotNull ObjectionStatus decision, @NotBlank @Size(max = 5000) String answer) {
}
