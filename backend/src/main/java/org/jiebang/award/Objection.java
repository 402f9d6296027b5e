package org.jiebang.award;

import java.time.Instant;
import java.util.UUID;

/**
 * An objection to an announced award.
 *
 * @param id the objection
 * @param awardId the award objected to
 * @param objectorId who filed it
 * @param reasons their reasons
 * @param status state
 * @param answer the administrator's answer
 * @param answeredBy the administrator
 * @param filedAt when filed
 * @param answeredAt when answered
 */
record Objection(UUID id, UUID awardId, UUID objectorId, String reasons, ObjectionStatus status, String answer,
		UUID answeredBy, Instant filedAt, Instant answeredAt) {
}
