package org.jiebang.award;

import java.time.Instant;
import java.util.UUID;

/**
 * An objection as its objector and administrators see it.
 *
 * @param id the objection
 * @param awardId the award objected to
 * @param challengeId the award's challenge
 * @param challengeTitle its title
 * @param reasons the reasons
 * @param status state
 * @param answer the administrator's answer, once answered
 * @param filedAt when filed
 * @param answeredAt when answered
 * @param publicityEndsAt end of the award's announcement period
 * @param objector who filed it
 */
public record ObjectionView(UUID id, UUID awardId, UUID challengeId, String challengeTitle, String reasons,
		ObjectionStatus status, String answer, Instant filedAt, Instant answeredAt, Instant publicityEndsAt,
		Objector objector) {

	/**
	 * The person who objected.
	 *
	 * @param id the user
	 * @param displayName name
	 */
	public record Objector(UUID id, String displayName) {
	}

	static ObjectionView of(Objection o, Award award, String objectorName) {
		return new ObjectionView(o.id(), o.awardId(), award.challengeId(), award.challengeTitle(), o.reasons(),
				o.status(), o.answer(), o.filedAt(), o.answeredAt(), award.publicityEndsAt(),
				new Objector(o.objectorId(), objectorName));
	}

}
