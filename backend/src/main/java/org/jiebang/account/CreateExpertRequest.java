package org.jiebang.account;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An administrator adding a reviewer to the expert pool.
 *
 * @param username login name
 * @param password initial password
 * @param displayName the expert's name
 * @param email contact address
 * @param organizationId the expert's organization, if registered (used for recusal)
 * @param expertise technology field codes
 */
public record CreateExpertRequest(
		@NotBlank @Pattern(regexp = "^[A-Za-z0-9_.\\-]{3,40}$",
				message = "{org.jiebang.validation.username}") String username,
		@NotBlank @Size(min = 8, max = 128) @Pattern(regexp = "^(?=.*\\p{L})(?=.*\\d).*$",
				message = "{org.jiebang.validation.password}") String password,
		@NotBlank @Size(max = 80) String displayName, @Email @Size(max = 120) String email, UUID organizationId,
		@Size(max = 10) List<@NotBlank @Size(max = 40) String> expertise) {
}
