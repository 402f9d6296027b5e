package org.jiebang.challenge;

import java.math.BigDecimal;
import java.time.Instant;

import org.jiebang.system.persistence.Tags;

/**
 * The part of a challenge its firm writes (SPEC §2); stored in the columns of {@code challenges}.
 *
 * @param title title
 * @param summary summary
 * @param description Markdown description
 * @param technicalIndicators technical indicators
 * @param requiredCapabilities normalized capability tags
 * @param industryChain industry chain code
 * @param techFields further technology field codes
 * @param challengeType kind of challenge
 * @param bounty bounty in CNY
 * @param bidDeadline bid deadline
 * @param deliveryMonths delivery period in months
 * @param eligibilityText eligibility conditions
 * @param eligibleOrgTypes organization types that may bid
 * @param eligibleRegions regions that may bid (empty: all)
 * @param ipTerms ownership of results
 * @param province region code
 * @param city city
 * @param contactName contact person
 * @param contactPhone contact phone
 * @param contactEmail contact e-mail
 */
public record ChallengeContent(String title, String summary, String description, Indicators technicalIndicators,
		Tags requiredCapabilities, String industryChain, Tags techFields, ChallengeType challengeType,
		BigDecimal bounty, Instant bidDeadline, Integer deliveryMonths, String eligibilityText,
		Tags eligibleOrgTypes, Tags eligibleRegions, IpTerms ipTerms, String province, String city,
		String contactName, String contactPhone, String contactEmail) {

	ChallengeContent withDeadline(Instant deadline) {
		return new ChallengeContent(this.title, this.summary, this.description, this.technicalIndicators,
				this.requiredCapabilities, this.industryChain, this.techFields, this.challengeType, this.bounty,
				deadline, this.deliveryMonths, this.eligibilityText, this.eligibleOrgTypes, this.eligibleRegions,
				this.ipTerms, this.province, this.city, this.contactName, this.contactPhone, this.contactEmail);
	}

}
