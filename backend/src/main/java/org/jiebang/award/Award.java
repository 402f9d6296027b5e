package org.jiebang.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An award proposal with its announcement, or a no-award declaration; what was announced is kept as it was.
 *
 * @param id the award
 * @param challengeId the challenge
 * @param status state
 * @param bidId the winning bid ({@code null} when unawarded)
 * @param challengeTitle the challenge's title
 * @param labId the winning lab
 * @param labName its name
 * @param organizationId the lab's organization
 * @param organizationName its name
 * @param amount the quoted amount of the winning bid
 * @param rationale the written rationale (or the reason for no award)
 * @param scores the winner's rubric totals
 * @param proposedBy the administrator
 * @param proposedAt when
 * @param publicityEndsAt end of the announcement period
 * @param pendingObjections objections filed and not yet answered
 * @param confirmedBy the administrator who confirmed
 * @param confirmedAt when
 * @param withdrawnAt when an upheld objection withdrew it
 * @param ranksRecorded whether recommendations were recorded for the challenge at confirmation
 * @param winnerRank the winning lab's rank among them, {@code null} when not recommended
 */
record Award(UUID id, UUID challengeId, AwardStatus status, UUID bidId, String challengeTitle, UUID labId,
		String labName, UUID organizationId, String organizationName, BigDecimal amount, String rationale,
		ScoreSummary scores, UUID proposedBy, Instant proposedAt, Instant publicityEndsAt, int pendingObjections,
		UUID confirmedBy, Instant confirmedAt, Instant withdrawnAt, boolean ranksRecorded, Integer winnerRank) {

	boolean objectionWindowOpenAt(Instant now) {
		return this.status == AwardStatus.PROPOSED && this.publicityEndsAt != null && now.isBefore(this.publicityEndsAt);
	}

}
