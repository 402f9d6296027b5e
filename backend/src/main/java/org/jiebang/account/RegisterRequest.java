package org.jiebang.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A self-registration: a FIRM or LAB account with a new organization, or joining one by invitation code.
 *
 * @param username login name (3–40 letters, digits, {@code _ . -})
 * @param password 8–128 characters with at least one letter and one digit
 * @param displayName the name shown to others
 * @param email contact address
 * @param role FIRM or LAB
 * @param organization the new organization, when not joining one
 * @param invitationCode an organization's or lab's invitation code, when joining
 * @param labName the name of the new lab of a LAB account
 */
public record RegisterRequest(
		@NotBlank @Pattern(regexp = "^[A-Za-z0-9_.\\-]{3,40}$",
				message = "{org.jiebang.validation.username}") String username,
		@NotBlank @Size(min = 8, max = 128) @Pattern(regexp = "^(?=.*\\p{L})(?=.*\\d).*$",
				message = "{org.jiebang.validation.password}") String password,
		@NotBlank @Size(max = 80) String displayName, @Email @Size(max = 120) String email, @NotNull Role role,
		@Valid OrganizationInput organization, @Size(max = 16) String invitationCode, @Size(max = 120) String labName) {

	/**
	 * The organization a registration creates.
	 *
	 * @param name registered name
	 * @param type enterprise, government, university or institute
	 * @param creditCode unified social credit code
	 * @param province region code from the taxonomy
	 * @param city city name
	 */
	public record OrganizationInput(@NotBlank @Size(max = 200) String name, @NotNull OrganizationType type,
			@NotBlank @ValidCreditCode String creditCode, @NotBlank @Size(max = 8) String province,
			@NotBlank @Size(max = 60) String city) {
	}

}
