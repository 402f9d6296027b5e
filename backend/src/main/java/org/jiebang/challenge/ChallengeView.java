package org.jiebang.challenge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jiebang.account.OrganizationType;

/**
 * A challenge as the API shows it to one viewer: public fields for everyone, the contact only to
 * signed-in users, and the review details only to the firm's organization and administrators.
 *
 * @param id the challenge
 * @param status lifecycle state
 * @param open whether bids are accepted now
 * @param title title
 * @param summary summary
 * @param description Markdown description
 * @param technicalIndicators technical indicators
 * @param requiredCapabilities capability tags
 * @param industryChain chain code
 * @param techFields technology field codes
 * @param challengeType kind
 * @param bounty bounty in CNY
 * @param bidDeadline deadline
 * @param deliveryMonths delivery period
 * @param eligibility who may bid
 * @param ipTerms ownership of results
 * @param province region code
 * @param city city
 * @param organization the firm
 * @param bidCount number of submitted bids (the only thing anyone learns about bids before the close)
 * @param publishedAt publication
 * @param closedAt close of bidding
 * @param cancelledAt cancellation
 * @param termsChangedAt last amendment of indicators, bounty or deadline
 * @param rubric evaluation weights
 * @param contact contact details (signed-in viewers only)
 * @param amendments public amendment notices
 * @param review review details (own organization and administrators only)
 * @param actions what this viewer may do now
 */
public record ChallengeView(UUID id, ChallengeStatus status, boolean open, String title, String summary,
		String description, List<TechnicalIndicator> technicalIndicators, List<String> requiredCapabilities,
		String industryChain, List<String> techFields, ChallengeType challengeType, BigDecimal bounty,
		Instant bidDeadline, Integer deliveryMonths, EligibilityView eligibility, IpTerms ipTerms, String province,
		String city, OrganizationRef organization, int bidCount, Instant publishedAt, Instant closedAt,
		Instant cancelledAt, Instant termsChangedAt, Rubric rubric, Contact contact, List<AmendmentView> amendments,
		Review review, Set<Action> actions) {

	/**
	 * Who may bid.
	 *
	 * @param text conditions in words
	 * @param organizationTypes eligible organization types
	 * @param regions eligible regions (empty: all)
	 */
	public record EligibilityView(String text, List<OrganizationType> organizationTypes, List<String> regions) {
	}

	/**
	 * The organization behind a challenge.
	 *
	 * @param id organization
	 * @param name name
	 * @param type kind
	 * @param verified verified by an administrator
	 */
	public record OrganizationRef(UUID id, String name, OrganizationType type, boolean verified) {
	}

	/**
	 * Contact details.
	 *
	 * @param name person
	 * @param phone phone
	 * @param email e-mail
	 */
	public record Contact(String name, String phone, String email) {
	}

	/**
	 * Details of the review, for the firm and administrators.
	 *
	 * @param reviewNote the rejection reason, if rejected
	 * @param cancelReason the cancellation reason
	 * @param submittedAt submission for review
	 * @param createdAt creation
	 * @param updatedAt last change
	 * @param version the version to send with an edit
	 */
	public record Review(String reviewNote, String cancelReason, Instant submittedAt, Instant createdAt,
			Instant updatedAt, Long version) {
	}

	/** What a viewer may do with a challenge now. */
	public enum Action {

		EDIT, SUBMIT, CANCEL, APPROVE, REJECT, AMEND, BID, VIEW_BIDS

	}

}
