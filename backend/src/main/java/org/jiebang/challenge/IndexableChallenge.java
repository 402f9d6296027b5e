package org.jiebang.challenge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The public part of a challenge that the search feature indexes (SPEC §6): never contact details, review
 * notes or anything about bids.
 *
 * @param id the challenge
 * @param organizationId the firm
 * @param status lifecycle state
 * @param title title
 * @param summary summary
 * @param description description
 * @param technicalIndicators technical indicators
 * @param requiredCapabilities required capability tags
 * @param industryChain industry chain code
 * @param techFields technology field codes
 * @param challengeType kind of challenge
 * @param bounty bounty in CNY
 * @param bidDeadline bid deadline
 * @param province region code
 * @param city city
 * @param publishedAt publication
 */
public record IndexableChallenge(UUID id, UUID organizationId, ChallengeStatus status, String title, String summary,
		String description, List<TechnicalIndicator> technicalIndicators, List<String> requiredCapabilities,
		String industryChain, List<String> techFields, ChallengeType challengeType, BigDecimal bounty,
		Instant bidDeadline, String province, String city, Instant publishedAt) {

	static IndexableChallenge of(Challenge c) {
		ChallengeContent content = c.content();
		return new IndexableChallenge(c.id(), c.organizationId(), c.status(), content.title(), content.summary(),
				content.description(),
				content.technicalIndicators() == null ? List.of() : content.technicalIndicators().values(),
				content.requiredCapabilities() == null ? List.of() : content.requiredCapabilities().values(),
				content.industryChain(), content.techFields() == null ? List.of() : content.techFields().values(),
				content.challengeType(), content.bounty(), content.bidDeadline(), content.province(), content.city(),
				c.publishedAt());
	}

	/** Whether the public may see it (and so search may index it). */
	public boolean isPublic() {
		return ChallengeStatus.PUBLIC.contains(this.status);
	}

}
