package org.jiebang.bid;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jiebang.challenge.ChallengeStatus;

/**
 * A bid as the API shows it: to its own lab at any time, to the challenge's firm and administrators only
 * after the close.
 *
 * @param id the bid
 * @param challenge the challenge it is for
 * @param lab the bidding lab
 * @param status state
 * @param summary summary
 * @param technicalApproach technical approach
 * @param quotedAmount quoted amount
 * @param deliveryMonths months to deliver
 * @param team team
 * @param partners consortium partners
 * @param milestonePlan milestone plan
 * @param conflictDeclaration conflict declaration
 * @param conflictAffirmed whether it was affirmed
 * @param commitment the SHA-256 commitment recorded at submission
 * @param submittedAt submission
 * @param withdrawnAt withdrawal
 * @param mustReconfirm whether an amendment of the terms came after the submission
 * @param createdAt creation
 * @param updatedAt last change
 * @param version the version to send with an edit (own lab only)
 */
public record BidView(UUID id, ChallengeRef challenge, LabRef lab, BidStatus status, String summary,
		String technicalApproach, BigDecimal quotedAmount, Integer deliveryMonths, List<TeamMember> team,
		List<Partner> partners, List<PlannedMilestone> milestonePlan, String conflictDeclaration,
		boolean conflictAffirmed, String commitment, Instant submittedAt, Instant withdrawnAt, boolean mustReconfirm,
		Instant createdAt, Instant updatedAt, Long version) {

	/**
	 * The challenge of a bid.
	 *
	 * @param id challenge
	 * @param title title
	 * @param status state
	 * @param bounty bounty
	 * @param bidDeadline deadline
	 * @param closedAt close of bidding
	 */
	public record ChallengeRef(UUID id, String title, ChallengeStatus status, BigDecimal bounty, Instant bidDeadline,
			Instant closedAt) {
	}

	/**
	 * The bidding lab.
	 *
	 * @param id lab
	 * @param name name
	 * @param organizationId its organization
	 * @param organizationName its organization's name
	 */
	public record LabRef(UUID id, String name, UUID organizationId, String organizationName) {
	}

}
