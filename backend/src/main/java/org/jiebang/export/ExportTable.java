package org.jiebang.export;

import java.util.List;

/**
 * One exportable table: its columns and the query that yields its rows, in column order.
 *
 * @param name file name stem ({@code challenges})
 * @param sheet sheet title in the workbook
 * @param columns column headers (API field names)
 * @param sql the query; its result columns are read by position
 */
record ExportTable(String name, String sheet, List<String> columns, String sql) {

	static final ExportTable CHALLENGES = new ExportTable("challenges", "榜单 Challenges",
			List.of("id", "title", "status", "industryChain", "challengeType", "bounty", "organization", "province",
					"city", "bidCount", "deliveryMonths", "ipTerms", "publishedAt", "bidDeadline", "closedAt", "createdAt"),
			"""
					SELECT c.id, c.title, c.status, c.industry_chain, c.challenge_type, c.bounty, o.name AS organization,
					       c.province, c.city, c.bid_count, c.delivery_months, c.ip_terms, c.published_at, c.bid_deadline,
					       c.closed_at, c.created_at
					FROM challenges c JOIN organizations o ON o.id = c.organization_id
					ORDER BY c.created_at, c.id""");

	/** Bids of closed challenges only: a sealed bid never leaves the database before its challenge closes. */
	static final ExportTable BIDS = new ExportTable("bids", "揭榜方案 Bids",
			List.of("id", "challengeId", "challengeTitle", "lab", "organization", "status", "quotedAmount",
					"deliveryMonths", "submittedAt", "commitment", "summary"),
			"""
					SELECT b.id, b.challenge_id, c.title AS challenge_title, l.name AS lab, o.name AS organization, b.status,
					       b.quoted_amount, b.delivery_months, b.submitted_at, b.commitment, b.summary
					FROM bids b JOIN challenges c ON c.id = b.challenge_id JOIN labs l ON l.id = b.lab_id
					JOIN organizations o ON o.id = b.organization_id
					WHERE c.closed_at IS NOT NULL AND b.status NOT IN ('DRAFT', 'WITHDRAWN')
					ORDER BY c.closed_at, b.challenge_id, b.submitted_at, b.id""");

	static final ExportTable AWARDS = new ExportTable("awards", "挂帅 Awards",
			List.of("id", "challengeId", "challengeTitle", "status", "lab", "organization", "amount", "proposedAt",
					"publicityEndsAt", "confirmedAt", "withdrawnAt", "winnerRank", "rationale"),
			"""
					SELECT a.id, a.challenge_id, a.challenge_title, a.status, a.lab_name, a.organization_name, a.amount,
					       a.proposed_at, a.publicity_ends_at, a.confirmed_at, a.withdrawn_at, a.winner_rank, a.rationale
					FROM awards a ORDER BY a.proposed_at, a.id""");

	static final ExportTable MILESTONES = new ExportTable("milestones", "里程碑 Milestones",
			List.of("id", "challengeId", "challengeTitle", "lab", "seq", "title", "deliverable", "dueDate",
					"paymentPercent", "paymentAmount", "paidAmount", "status", "overdueSince", "submittedAt", "acceptedAt"),
			"""
					SELECT m.id, m.challenge_id, d.challenge_title, d.lab_name, m.seq, m.title, m.deliverable, m.due_date,
					       m.payment_percent, m.payment_amount, m.paid_amount, m.status, m.overdue_at, m.submitted_at,
					       m.accepted_at
					FROM delivery_milestones m JOIN deliveries d ON d.challenge_id = m.challenge_id
					ORDER BY d.confirmed_at, m.challenge_id, m.seq""");

	static final List<ExportTable> ALL = List.of(CHALLENGES, BIDS, AWARDS, MILESTONES);

	static ExportTable named(String name) {
		return ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
	}

}
