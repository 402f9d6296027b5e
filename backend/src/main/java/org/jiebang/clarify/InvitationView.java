package org.jiebang.clarify;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jiebang.challenge.ChallengeStatus;

/**
 * An invitation (邀请揭榜); it grants nothing beyond attention.
 *
 * @param id the invitation
 * @param challenge the challenge invited to
 * @param lab the invited lab
 * @param message the firm's note
 * @param invitedAt when
 */
public record InvitationView(UUID id, ChallengeRef challenge, LabRef lab, String message, Instant invitedAt) {

	/**
	 * The challenge as an invitation shows it.
	 *
	 * @param id the challenge
	 * @param title title
	 * @param organizationName the inviting firm
	 * @param status state
	 * @param bidDeadline deadline
	 * @param bounty bounty
	 * @param open whether it takes bids now
	 */
	public record ChallengeRef(UUID id, String title, String organizationName, ChallengeStatus status,
			Instant bidDeadline, BigDecimal bounty, boolean open) {
	}

	/**
	 * The invited lab.
	 *
	 * @param id the lab
	 * @param name its name
	 */
	public record LabRef(UUID id, String name) {
	}

}
