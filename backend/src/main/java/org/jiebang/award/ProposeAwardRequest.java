package org.jiebang.award;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An administrator's award proposal.
 *
 * @param bidId the winning bid
 * @param rationale the written rationale (required, ≤ 5,000)
 */
public record ProposeAwardRequest(@NotNull UUID bidId, @NotBlank @Size(max = 5000) String rationale) {
}
