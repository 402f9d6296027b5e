package org.jiebang.bid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A member of the bidding team.
 *
 * @param name full name
 * @param title professional title ({@code 教授})
 * @param role role in the project ({@code 负责人})
 */
public record TeamMember(@NotBlank @Size(max = 60) String name, @Size(max = 60) String title,
		@NotBlank @Size(max = 60) String role) {
}
