package org.jiebang.challenge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jiebang.system.persistence.Tags;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A challenge as stored: its editable {@link ChallengeContent} and its lifecycle state.
 *
 * <p>State changes are conditional updates in {@link ChallengeStore}; content edits go through
 * {@link #withContent} and an optimistic {@code version}.
 */
@Table("challenges")
record Challenge(@Id UUID id, UUID organizationId, UUID createdBy, ChallengeStatus status,
		@Embedded.Nullable ChallengeContent content, Rubric rubric, String reviewNote, String cancelReason,
		int bidCount, Instant termsChangedAt, Instant submittedAt, Instant publishedAt, Instant closedAt,
		Instant cancelledAt, Instant createdAt, Instant updatedAt, @Version Long version) {

	Challenge withContent(ChallengeContent newContent, Rubric newRubric, ChallengeStatus newStatus, Instant now) {
		return new Challenge(this.id, this.organizationId, this.createdBy, newStatus, newContent, newRubric,
				this.reviewNote, this.cancelReason, this.bidCount, this.termsChangedAt, this.submittedAt,
				this.publishedAt, this.closedAt, this.cancelledAt, this.createdAt, now, this.version);
	}

	/** Whether the deadline has passed by the given clock reading (bidding closed whatever the job did). */
	boolean deadlinePassed(Instant now) {
		return this.content.bidDeadline() != null && !now.isBefore(this.content.bidDeadline());
	}

	boolean openForBids(Instant now) {
		return this.status == ChallengeStatus.PUBLISHED && !deadlinePassed(now);
	}

	/** Public once published; a cancellation keeps it public only if it had been published. */
	boolean isPublic() {
		return ChallengeStatus.PUBLIC.contains(this.status) && this.publishedAt != null;
	}

	static Tags tags(java.util.List<String> values) {
		return new Tags(values);
	}

	static BigDecimal money(BigDecimal value) {
		return value == null ? null : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
	}

}
