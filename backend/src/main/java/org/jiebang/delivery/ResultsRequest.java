package org.jiebang.delivery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The results summary (成果) of a completed challenge.
 *
 * @param title a headline
 * @param summary what was achieved
 * @param outcomes details: indicators reached, patents, products (optional)
 */
public record ResultsRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5000) String summary,
		@Size(max = 10_000) String outcomes) {
}
