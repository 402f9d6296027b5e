package org.jiebang.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A public award announcement (公示): public fields only.
 *
 * @param id the award
 * @param challenge the challenge
 * @param status PROPOSED during the announcement, then CONFIRMED or WITHDRAWN
 * @param winner the winning lab and its organization
 * @param amount the winning bid's quoted amount
 * @param rationale the written rationale
 * @param scores the winner's mean total and per-criterion means
 * @param proposedAt when proposed
 * @param publicityEndsAt end of the announcement period
 * @param objectionWindowOpen whether objections may be filed now
 * @param confirmedAt when confirmed
 * @param withdrawnAt when withdrawn
 */
public record AnnouncementView(UUID id, Challenge challenge, AwardStatus status, WinnerView winner,
		BigDecimal amount, String rationale, ScoreSummary scores, Instant proposedAt, Instant publicityEndsAt,
		boolean objectionWindowOpen, Instant confirmedAt, Instant withdrawnAt) {

	/**
	 * The announced challenge.
	 *
	 * @param id the challenge
	 * @param title title
	 */
	public record Challenge(UUID id, String title) {
	}

	static AnnouncementView of(Award a, Instant now) {
		return new AnnouncementView(a.id(), new Challenge(a.challengeId(), a.challengeTitle()), a.status(),
				WinnerView.of(a), a.amount(), a.rationale(), a.scores(), a.proposedAt(), a.publicityEndsAt(),
				a.objectionWindowOpenAt(now), a.confirmedAt(), a.withdrawnAt());
	}

}
