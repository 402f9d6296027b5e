package org.jiebang.clarify;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored question and its answer.
 *
 * @param id the clarification
 * @param challengeId the challenge asked about
 * @param askedBy the asking user (never shown to others)
 * @param askedByLab the asking lab (never shown to others)
 * @param question the question
 * @param askedAt when it was asked
 * @param answer the answer, once given
 * @param answeredBy who answered
 * @param answeredAt when
 * @param changesTerms whether the answer amended the challenge
 */
record Clarification(UUID id, UUID challengeId, UUID askedBy, UUID askedByLab, String question, Instant askedAt,
		String answer, UUID answeredBy, Instant answeredAt, boolean changesTerms) {

	boolean answered() {
		return this.answeredAt != null;
	}

}
