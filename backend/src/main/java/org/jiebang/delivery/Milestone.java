package org.jiebang.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored delivery milestone.
 *
 * @param id the milestone
 * @param challengeId its challenge
 * @param labId the delivering lab
 * @param seq 1-based position
 * @param title title
 * @param deliverable what is handed over
 * @param dueMonth months after confirmation
 * @param dueDate due day (Asia/Shanghai)
 * @param dueAt end of the due day
 * @param paymentPercent share of the amount
 * @param paymentAmount amount paid on acceptance
 * @param paidAmount paid so far
 * @param status state
 * @param reportText the lab's latest report
 * @param evidenceLinks links the report points to
 * @param submissionCount how many reports were made
 * @param submittedAt latest report
 * @param returnComments the firm's latest comments
 * @param returnedAt latest return
 * @param acceptedAt acceptance
 * @param overdueAt when the overdue job marked it
 * @param updatedAt last change
 */
record Milestone(UUID id, UUID challengeId, UUID labId, int seq, String title, String deliverable, int dueMonth,
		LocalDate dueDate, Instant dueAt, int paymentPercent, BigDecimal paymentAmount, BigDecimal paidAmount,
		MilestoneStatus status, String reportText, List<String> evidenceLinks, int submissionCount,
		Instant submittedAt, String returnComments, Instant returnedAt, Instant acceptedAt, Instant overdueAt,
		Instant updatedAt) {

	/** Past its due date and not accepted. */
	boolean overdueAt(Instant now) {
		return this.status != MilestoneStatus.ACCEPTED && !now.isBefore(this.dueAt);
	}

	/** Accepted on a report made by the due date. */
	boolean metOnTime() {
		return this.status == MilestoneStatus.ACCEPTED && this.submittedAt != null && !this.submittedAt.isAfter(this.dueAt);
	}

	BigDecimal remaining() {
		return this.paymentAmount.subtract(this.paidAmount);
	}

}
