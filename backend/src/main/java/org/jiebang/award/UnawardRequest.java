package org.jiebang.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The declaration that a challenge stays unawarded.
 *
 * @param reason why (required, ≤ 5,000)
 */
public record UnawardRequest(@NotBlank @Size(max = 5000) String reason) {
}
