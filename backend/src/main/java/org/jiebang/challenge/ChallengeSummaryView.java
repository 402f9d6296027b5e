package org.jiebang.challenge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A challenge in a list.
 *
 * @param id the challenge
 * @param status lifecycle state
 * @param open whether bids are accepted now
 * @param title title
 * @param summary summary
 * @param requiredCapabilities capability tags
 * @param industryChain chain code
 * @param challengeType kind
 * @param bounty bounty in CNY
 * @param bidDeadline deadline
 * @param deliveryMonths delivery period
 * @param province region code
 * @param city city
 * @param organization the firm
 * @param bidCount number of submitted bids
 * @param publishedAt publication
 * @param submittedAt submission for review (own organization and administrators only)
 * @param reviewNote rejection reason (own organization and administrators only)
 * @param actions what this viewer may do now
 */
public record ChallengeSummaryView(UUID id, ChallengeStatus status, boolean open, String title, String summary,
		List<String> requiredCapabilities, String industryChain, ChallengeType challengeType, BigDecimal bounty,
		Instant bidDeadline, Integer deliveryMonths, String province, String city,
		ChallengeView.OrganizationRef organization, int bidCount, Instant publishedAt, Instant submittedAt,
		String reviewNote, java.util.Set<ChallengeView.Action> actions) {
}
