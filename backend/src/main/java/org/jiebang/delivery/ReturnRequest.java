package org.jiebang.delivery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The firm's request for a revision of a reported milestone.
 *
 * @param comments what to revise (required)
 */
public record ReturnRequest(@NotBlank @Size(max = 5000) String comments) {
}
