package org.jiebang.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jiebang.attachment.AttachmentView;

/**
 * A delivery milestone as the API shows it. The public sees the schedule and the state; the firm, the
 * winning lab and administrators also see the report, the comments, the payments and the evidence.
 *
 * @param id the milestone
 * @param seq 1-based position in the plan
 * @param title title
 * @param deliverable what is handed over
 * @param dueMonth months after confirmation
 * @param dueDate the due day (Asia/Shanghai)
 * @param dueAt the end of the due day (UTC)
 * @param paymentPercent share of the amount
 * @param paymentAmount amount paid on acceptance
 * @param paidAmount paid so far
 * @param status PLANNED, SUBMITTED, ACCEPTED or RETURNED
 * @param overdue past due and not accepted
 * @param overdueSince when the overdue job marked it
 * @param acceptedAt acceptance
 * @param report the latest report (insiders only)
 * @param returnComments the firm's latest comments (insiders only)
 * @param returnedAt latest return (insiders only)
 * @param payments recorded payments (insiders only)
 * @param evidence evidence files (insiders only)
 * @param actions what the viewer may do now
 */
public record MilestoneView(UUID id, int seq, String title, String deliverable, int dueMonth, LocalDate dueDate,
		Instant dueAt, int paymentPercent, BigDecimal paymentAmount, BigDecimal paidAmount, MilestoneStatus status,
		boolean overdue, Instant overdueSince, Instant acceptedAt, Report report, String returnComments,
		Instant returnedAt, List<PaymentView> payments, List<AttachmentView> evidence, Set<Action> actions) {

	/** What a viewer may do with a milestone. */
	public enum Action {

		REPORT, ACCEPT, RETURN, PAY, ATTACH

	}

	/**
	 * The lab's latest report.
	 *
	 * @param text the report
	 * @param evidenceLinks links to evidence
	 * @param submittedAt when
	 * @param submissionCount how many reports were made
	 */
	public record Report(String text, List<String> evidenceLinks, Instant submittedAt, int submissionCount) {
	}

	/**
	 * A recorded payment.
	 *
	 * @param id the payment
	 * @param amount amount
	 * @param paidOn the day it was paid
	 * @param note note
	 * @param recordedAt when it was recorded
	 */
	public record PaymentView(UUID id, BigDecimal amount, LocalDate paidOn, String note, Instant recordedAt) {
	}

}
