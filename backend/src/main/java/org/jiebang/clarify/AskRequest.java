package org.jiebang.clarify;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A lab's question about a published challenge.
 *
 * @param question the question
 */
public record AskRequest(@NotBlank @Size(max = 2000) String question) {
}
