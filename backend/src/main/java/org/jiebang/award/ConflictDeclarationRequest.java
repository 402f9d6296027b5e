package org.jiebang.award;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's declaration of conflicts of interest, made before seeing any bid.
 *
 * @param hasConflict whether the reviewer has a conflict
 * @param statement the statement (required when there is a conflict, ≤ 2,000)
 */
public record ConflictDeclarationRequest(@NotNull Boolean hasConflict, @Size(max = 2000) String statement) {
}
