package org.jiebang.clarify;

import java.time.Instant;
import java.util.UUID;

/**
 * A question and its answer as published on the challenge page, without the asker's identity.
 *
 * @param id the clarification
 * @param challengeId the challenge
 * @param question the question
 * @param answer the answer, {@code null} while unanswered
 * @param askedAt when it was asked
 * @param answeredAt when it was answered
 * @param changesTerms whether the answer amended the challenge's terms
 * @param askedByMyLab whether the viewer's own lab asked it
 */
public record ClarificationView(UUID id, UUID challengeId, String question, String answer, Instant askedAt,
		Instant answeredAt, boolean changesTerms, boolean askedByMyLab) {
}
