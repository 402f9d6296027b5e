package org.jiebang.challenge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A decision that must say why (rejection, cancellation).
 *
 * @param reason the reason (required, ≤ 2,000)
 */
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
