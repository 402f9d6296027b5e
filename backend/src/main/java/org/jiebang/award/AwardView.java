package org.jiebang.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An award as administrators see it.
 *
 * @param id the award
 * @param challengeId the challenge
 * @param challengeTitle its title
 * @param status state
 * @param bidId the winning bid ({@code null} when unawarded)
 * @param winner the winning lab
 * @param amount the winning bid's quoted amount
 * @param rationale the rationale, or the reason for no award
 * @param scores the winner's rubric totals
 * @param proposedBy the administrator
 * @param proposedAt when
 * @param publicityEndsAt end of the announcement period
 * @param pendingObjections objections not yet answered
 * @param confirmedAt confirmation
 * @param withdrawnAt withdrawal after an upheld objection
 * @param recommendationsRecorded whether recommendation ranks were recorded for the challenge
 * @param winnerRank the winning lab's rank among the recommendations at close ({@code null}: not among them)
 */
public record AwardView(UUID id, UUID challengeId, String challengeTitle, AwardStatus status, UUID bidId,
		WinnerView winner, BigDecimal amount, String rationale, ScoreSummary scores, UUID proposedBy,
		Instant proposedAt, Instant publicityEndsAt, int pendingObjections, Instant confirmedAt, Instant withdrawnAt,
		boolean recommendationsRecorded, Integer winnerRank) {

	static AwardView of(Award a) {
		return new AwardView(a.id(), a.challengeId(), a.challengeTitle(), a.status(), a.bidId(), WinnerView.of(a),
				a.amount(), a.rationale(), a.scores(), a.proposedBy(), a.proposedAt(), a.publicityEndsAt(),
				a.pendingObjections(), a.confirmedAt(), a.withdrawnAt(), a.ranksRecorded(), a.winnerRank());
	}

}
