package org.jiebang.bid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jiebang.account.ValidCreditCode;

/**
 * A consortium partner (联合体成员) besides the bidding lab's own organization, which leads.
 *
 * @param name registered name
 * @param creditCode unified social credit code
 * @param role its part in the work
 */
public record Partner(@NotBlank @Size(max = 200) String name, @NotBlank @ValidCreditCode String creditCode,
		@NotBlank @Size(max = 100) String role) {
}
