package org.jiebang.delivery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An administrator's termination of a delivery.
 *
 * @param reason why (public)
 * @param dueDiligence whether the lab acted with due diligence (尽职免责)
 */
public record TerminateRequest(@NotBlank @Size(max = 2000) String reason, @NotNull Boolean dueDiligence) {
}
