package org.jiebang.clarify;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jiebang.challenge.AmendmentRequest;
import org.jiebang.challenge.TechnicalIndicator;

/**
 * The changes an answer makes to a challenge: the fields of an amendment, whose reason is the
 * clarification itself. Only the fields that change are given.
 *
 * @param title new title
 * @param summary new summary
 * @param description new description
 * @param technicalIndicators new indicators
 * @param requiredCapabilities new capability tags
 * @param bounty new bounty
 * @param bidDeadline new deadline
 * @param deliveryMonths new delivery period
 * @param eligibilityText new eligibility conditions
 * @param contactName new contact person
 * @param contactPhone new contact phone
 * @param contactEmail new contact e-mail
 */
public record TermsAmendment(@Size(max = 120) String title, @Size(max = 500) String summary,
		@Size(max = 20_000) String description,
		@Size(min = 1, max = 20) List<@NotNull @Valid TechnicalIndicator> technicalIndicators,
		@Size(min = 1, max = 10) List<@NotBlank @Size(max = 40) String> requiredCapabilities,
		@DecimalMin(value = "0.00", inclusive = false) @DecimalMax("10000000000.00") @Digits(integer = 11,
				fraction = 2) BigDecimal bounty,
		Instant bidDeadline, @Min(1) @Max(60) Integer deliveryMonths, @Size(max = 2000) String eligibilityText,
		@Size(max = 60) String contactName, @Size(max = 40) String contactPhone,
		@Size(max = 120) String contactEmail) {

	boolean isEmpty() {
		return this.title == null && this.summary == null && this.description == null
				&& this.technicalIndicators == null && this.requiredCapabilities == null && this.bounty == null
				&& this.bidDeadline == null && this.deliveryMonths == null && this.eligibilityText == null
				&& this.contactName == null && this.contactPhone == null && this.contactEmail == null;
	}

	AmendmentRequest withReason(String reason) {
		return new AmendmentRequest(reason, this.title, this.summary, this.description, this.technicalIndicators,
				this.requiredCapabilities, this.bounty, this.bidDeadline, this.deliveryMonths, this.eligibilityText,
				this.contactName, this.contactPhone, this.contactEmail);
	}

}
