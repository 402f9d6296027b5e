package org.jiebang.award;

import java.time.Instant;

/**
 * One of a reviewer's assignments, as the reviewer sees it.
 *
 * @param challenge the challenge
 * @param assignedAt when assigned
 * @param recused whether recused
 * @param recusalReason why
 * @param declaredAt when conflicts were declared, {@code null} before
 * @param hasConflict what was declared
 * @param mayReview whether the bids may be seen and scored now (declared free of conflicts)
 * @param bidCount opened bids
 * @param scoredCount of which the reviewer scored
 * @param complete whether every bid is scored
 */
public record MyReviewView(ChallengeRef challenge, Instant assignedAt, boolean recused, RecusalReason recusalReason,
		Instant declaredAt, Boolean hasConflict, boolean mayReview, int bidCount, int scoredCount, boolean complete) {
}
