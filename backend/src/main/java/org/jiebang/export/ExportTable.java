package org.jiebang.export;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One exportable table: its columns and the query that yields its rows, in column order, a page at a time.
 * Pages follow a unique, never-changing key (keyset paging), so a long export neither repeats nor skips a
 * row that existed when it started, and every page is one short query read whole.
 *
 * @param name file name stem ({@code challenges})
 * @param sheet sheet title in the workbook
 * @param columns column headers (API field names)
 * @param select the selected expressions, in column order; read by position
 * @param from the {@code FROM} clause with its joins
 * @param where a condition every row meets, or {@code null}
 * @param key the expressions of the key, none of them ever {@code NULL}; the rows go out in this order
 */
record ExportTable(String name, String sheet, List<String> columns, String select, String from, String where,
		List<String> key) {

	static final ExportTable CHALLENGES = new ExportTable("challenges", "榜单 Challenges",
			List.of("id", "title", "status", "industryChain", "challengeType", "bounty", "organization", "province",
					"city", "bidCount", "deliveryMonths", "ipTerms", "publishedAt", "bidDeadline", "closedAt", "createdAt"),
			"""
					c.id, c.title, c.status, c.industry_chain, c.challenge_type, c.bounty, o.name AS organization,
					c.province, c.city, c.bid_count, c.delivery_months, c.ip_terms, c.published_at, c.bid_deadline,
					c.closed_at, c.created_at""",
			"challenges c JOIN organizations o ON o.id = c.organization_id", null, List.of("c.created_at", "c.id"));

	/** Bids of closed challenges only: a sealed bid never leaves the database before its challenge closes. */
	static final ExportTable BIDS = new ExportTable("bids", "揭榜方案 Bids",
			List.of("id", "challengeId", "challengeTitle", "lab", "organization", "status", "quotedAmount",
					"deliveryMonths", "submittedAt", "commitment", "summary"),
			"""
					b.id, b.challenge_id, c.title AS challenge_title, l.name AS lab, o.name AS organization, b.status,
					b.quoted_amount, b.delivery_months, b.submitted_at, b.commitment, b.summary""",
			"""
					bids b JOIN challenges c ON c.id = b.challenge_id JOIN labs l ON l.id = b.lab_id
					JOIN organizations o ON o.id = b.organization_id""",
			"c.closed_at IS NOT NULL AND b.status NOT IN ('DRAFT', 'WITHDRAWN')",
			List.of("c.closed_at", "b.challenge_id", "b.id"));

	static final ExportTable AWARDS = new ExportTable("awards", "挂帅 Awards",
			List.of("id", "challengeId", "challengeTitle", "status", "lab", "organization", "amount", "proposedAt",
					"publicityEndsAt", "confirmedAt", "withdrawnAt", "winnerRank", "rationale"),
			"""
					a.id, a.challenge_id, a.challenge_title, a.status, a.lab_name, a.organization_name, a.amount,
					a.proposed_at, a.publicity_ends_at, a.confirmed_at, a.withdrawn_at, a.winner_rank, a.rationale""",
			"awards a", null, List.of("a.proposed_at", "a.id"));

	static final ExportTable MILESTONES = new ExportTable("milestones", "里程碑 Milestones",
			List.of("id", "challengeId", "challengeTitle", "lab", "seq", "title", "deliverable", "dueDate",
					"paymentPercent", "paymentAmount", "paidAmount", "status", "overdueSince", "submittedAt", "acceptedAt"),
			"""
					m.id, m.challenge_id, d.challenge_title, d.lab_name, m.seq, m.title, m.deliverable, m.due_date,
					m.payment_percent, m.payment_amount, m.paid_amount, m.status, m.overdue_at, m.submitted_at,
					m.accepted_at""",
			"delivery_milestones m JOIN deliveries d ON d.challenge_id = m.challenge_id", null,
			List.of("d.confirmed_at", "m.challenge_id", "m.seq"));

	static final List<ExportTable> ALL = List.of(CHALLENGES, BIDS, AWARDS, MILESTONES);

	static ExportTable named(String name) {
		return ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * The query of one page of at most {@code size} rows: the columns, then the key's values (read by position
	 * after the columns), of the rows whose key comes after the bound key {@code :k0, :k1, ...}, or of the first
	 * rows when {@code first}.
	 */
	String page(boolean first, int size) {
		String keys = String.join(", ", this.key);
		String after = first ? null
				: "(" + keys + ") > (" + IntStream.range(0, this.key.size()).mapToObj(i -> ":k" + i)
					.collect(Collectors.joining(", ")) + ")";
		String condition = this.where == null ? after : after == null ? this.where : this.where + " AND " + after;
		return "SELECT " + this.select + ", " + keys + " FROM " + this.from
				+ (condition == null ? "" : " WHERE " + condition) + " ORDER BY " + keys + " LIMIT " + size;
	}

}
