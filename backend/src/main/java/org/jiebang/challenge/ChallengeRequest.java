package org.jiebang.challenge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jiebang.account.OrganizationType;

/**
 * What a firm writes when it creates or edits a challenge. A draft may be incomplete; submission checks
 * completeness. Fields a client may not set (status, organization, bid count, …) do not exist here.
 *
 * @param title title (required, ≤ 120)
 * @param summary summary (≤ 500)
 * @param description Markdown description (≤ 20,000)
 * @param technicalIndicators 0–20 indicators (1–20 at submission)
 * @param requiredCapabilities 0–10 capability tags (1–10 at submission)
 * @param industryChain industry chain code
 * @param techFields 0–5 further technology field codes
 * @param challengeType kind of challenge
 * @param bounty bounty in CNY, 0 &lt; bounty ≤ 10,000,000,000, two decimals
 * @param bidDeadline bid deadline
 * @param deliveryMonths 1–60
 * @param eligibility who may bid
 * @param ipTerms ownership of results
 * @param province region code
 * @param city city
 * @param contactName contact person
 * @param contactPhone contact phone
 * @param contactEmail contact e-mail
 * @param rubric evaluation weights summing to 100 (default 40/25/20/15)
 * @param version the version the edit is based on (required to edit)
 */
public record ChallengeRequest(@NotBlank @Size(max = 120) String title, @Size(max = 500) String summary,
		@Size(max = 20_000) String description,
		@Size(max = 20) List<@NotNull @Valid TechnicalIndicator> technicalIndicators,
		@Size(max = 10) List<@NotBlank @Size(max = 40) String> requiredCapabilities,
		@Size(max = 40) String industryChain, @Size(max = 5) List<@NotBlank @Size(max = 40) String> techFields,
		ChallengeType challengeType,
		@DecimalMin(value = "0.00", inclusive = false) @DecimalMax("10000000000.00") @Digits(integer = 11,
				fraction = 2) BigDecimal bounty,
		Instant bidDeadline, @Min(1) @Max(60) Integer deliveryMonths, @Valid Eligibility eligibility,
		IpTerms ipTerms, @Size(max = 8) String province, @Size(max = 60) String city,
		@Size(max = 60) String contactName,
		@Size(max = 40) @Pattern(regexp = "^[0-9+()\\- ]*$", message = "{org.jiebang.validation.phone}") String contactPhone,
		@Email @Size(max = 120) String contactEmail, @Valid Rubric rubric, Long version) {

	/**
	 * Who may bid.
	 *
	 * @param text conditions in words (≤ 2,000)
	 * @param organizationTypes organization types of eligible labs (empty: all lab types)
	 * @param regions region codes of eligible labs (empty: everywhere)
	 */
	public record Eligibility(@Size(max = 2000) String text, @Size(max = 3) List<@NotNull OrganizationType> organizationTypes,
			@Size(max = 31) List<@NotBlank @Size(max = 8) String> regions) {
	}

}
