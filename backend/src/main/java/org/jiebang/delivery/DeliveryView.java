package org.jiebang.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jiebang.challenge.ChallengeStatus;

/**
 * The delivery of an awarded challenge: the winner, the amount, the milestones and how it ended.
 *
 * @param challengeId the challenge
 * @param challengeTitle its title
 * @param challengeStatus AWARDED, IN_DELIVERY, COMPLETED or TERMINATED
 * @param firmOrganizationId the firm's organization
 * @param lab the winning lab
 * @param amount the contracted (quoted) amount
 * @param paidTotal paid so far over all milestones
 * @param confirmedAt award confirmation
 * @param startedAt first milestone report
 * @param completedAt acceptance of the last milestone
 * @param termination how an administrator ended it, or {@code null}
 * @param overdueCount milestones past due and not accepted
 * @param insider whether the viewer sees reports, comments and payments
 * @param milestones the milestones in plan order
 */
public record DeliveryView(UUID challengeId, String challengeTitle, ChallengeStatus challengeStatus,
		UUID firmOrganizationId, LabRef lab, BigDecimal amount, BigDecimal paidTotal, Instant confirmedAt,
		Instant startedAt, Instant completedAt, Termination termination, int overdueCount, boolean insider,
		List<MilestoneView> milestones) {

	/**
	 * The winning lab.
	 *
	 * @param id lab
	 * @param name name
	 * @param organizationId its organization
	 * @param organizationName its organization's name
	 */
	public record LabRef(UUID id, String name, UUID organizationId, String organizationName) {
	}

	/**
	 * A termination by an administrator.
	 *
	 * @param terminatedAt when
	 * @param reason why
	 * @param dueDiligence whether the lab acted with due diligence (尽职免责): then its track record counts the
	 * project as neither failed nor completed
	 */
	public record Termination(Instant terminatedAt, String reason, boolean dueDiligence) {
	}

}
