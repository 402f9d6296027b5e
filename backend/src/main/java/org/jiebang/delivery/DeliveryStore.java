package org.jiebang.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;

/**
 * Persistence of deliveries, milestones and payments. Every state change is a conditional update on the
 * milestone's row; callers first {@link #lock} the delivery row so that one challenge's changes serialize.
 */
@Component
class DeliveryStore {

	private static final TypeReference<List<String>> LINKS = new TypeReference<>() {
	};

	private final DatabaseClient db;

	private final JsonMapper json;

	DeliveryStore(DatabaseClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	Mono<Void> insert(Delivery d) {
		return this.db.sql("""
				INSERT INTO deliveries (challenge_id, award_id, bid_id, challenge_title, firm_organization_id, lab_id,
				    lab_name, lab_organization_id, lab_organization_name, amount, confirmed_at)
				VALUES (:c, :award, :bid, :title, :firm, :lab, :labName, :labOrg, :labOrgName, :amount, :at)""")
			.bind("c", d.challengeId())
			.bind("award", d.awardId())
			.bind("bid", d.bidId())
			.bind("title", d.challengeTitle())
			.bind("firm", d.firmOrganizationId())
			.bind("lab", d.labId())
			.bind("labName", d.labName())
			.bind("labOrg", d.labOrganizationId())
			.bind("labOrgName", d.labOrganizationName())
			.bind("amount", d.amount())
			.bind("at", utc(d.confirmedAt()))
			.then();
	}

	Mono<Void> insert(UUID id, UUID challengeId, UUID labId, MilestoneSchedule.Scheduled s, Instant now) {
		return this.db.sql("""
				INSERT INTO delivery_milestones (id, challenge_id, lab_id, seq, title, deliverable, due_month, due_date,
				    due_at, payment_percent, payment_amount, status, created_at, updated_at)
				VALUES (:id, :c, :lab, :seq, :title, :deliverable, :month, :date, :dueAt, :percent, :amount, 'PLANNED',
				    :now, :now)""")
			.bind("id", id)
			.bind("c", challengeId)
			.bind("lab", labId)
			.bind("seq", s.seq())
			.bind("title", s.title())
			.bind("deliverable", s.deliverable())
			.bind("month", s.dueMonth())
			.bind("date", s.dueDate())
			.bind("dueAt", utc(s.dueAt()))
			.bind("percent", s.paymentPercent())
			.bind("amount", s.paymentAmount())
			.bind("now", utc(now))
			.then();
	}

	Mono<Delivery> delivery(UUID challengeId) {
		return this.db.sql("SELECT * FROM deliveries WHERE challenge_id = :c").bind("c", challengeId).map(this::delivery).one();
	}

	/** Deliveries whose challenge is in one of the states, oldest confirmation first. */
	Flux<Delivery> deliveriesInStates(Collection<String> states) {
		return this.db.sql("""
				SELECT d.* FROM deliveries d JOIN challenges c ON c.id = d.challenge_id
				WHERE c.status IN (:states) ORDER BY d.confirmed_at, d.challenge_id""")
			.bind("states", states)
			.map(this::delivery)
			.all();
	}

	/** Takes the delivery's row lock for the rest of the transaction; answers whether the delivery exists. */
	Mono<Boolean> lock(UUID challengeId) {
		return this.db.sql("UPDATE deliveries SET version = version + 1 WHERE challenge_id = :c")
			.bind("c", challengeId)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	Mono<Milestone> milestone(UUID id) {
		return this.db.sql("SELECT * FROM delivery_milestones WHERE id = :id").bind("id", id).map(this::milestone).one();
	}

	Flux<Milestone> milestones(UUID challengeId) {
		return this.db.sql("SELECT * FROM delivery_milestones WHERE challenge_id = :c ORDER BY seq")
			.bind("c", challengeId)
			.map(this::milestone)
			.all();
	}

	Flux<Payment> payments(UUID challengeId) {
		return this.db.sql("SELECT * FROM milestone_payments WHERE challenge_id = :c ORDER BY recorded_at, id")
			.bind("c", challengeId)
			.map(DeliveryStore::payment)
			.all();
	}

	/** Records a report of a milestone still in {@code from}; answers whether it happened. */
	Mono<Boolean> submit(UUID id, MilestoneStatus from, String text, List<String> links, UUID by, Instant now) {
		return this.db.sql("""
				UPDATE delivery_milestones SET status = 'SUBMITTED', report_text = :text, evidence_links = :links,
				    submission_count = submission_count + 1, submitted_at = :now, submitted_by = :by, updated_at = :now,
				    version = version + 1
				WHERE id = :id AND status = :from""")
			.bind("text", text)
			.bind("links", this.json.writeValueAsString(links))
			.bind("now", utc(now))
			.bind("by", by)
			.bind("id", id)
			.bind("from", from.name())
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	Mono<Boolean> accept(UUID id, UUID by, Instant now) {
		return this.db.sql("""
				UPDATE delivery_milestones SET status = 'ACCEPTED', accepted_at = :now, accepted_by = :by,
				    updated_at = :now, version = version + 1
				WHERE id = :id AND status = 'SUBMITTED'""")
			.bind("now", utc(now))
			.bind("by", by)
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	Mono<Boolean> returnForRevision(UUID id, String comments, UUID by, Instant now) {
		return this.db.sql("""
				UPDATE delivery_milestones SET status = 'RETURNED', return_comments = :comments, returned_at = :now,
				    returned_by = :by, updated_at = :now, version = version + 1
				WHERE id = :id AND status = 'SUBMITTED'""")
			.bind("comments", comments)
			.bind("now", utc(now))
			.bind("by", by)
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	Mono<Long> unaccepted(UUID challengeId) {
		return this.db.sql("SELECT COUNT(*) AS n FROM delivery_milestones WHERE challenge_id = :c AND status <> 'ACCEPTED'")
			.bind("c", challengeId)
			.map(row -> ((Number) row.get("n")).longValue())
			.one();
	}

	Mono<Void> started(UUID challengeId, Instant now) {
		return this.db.sql("UPDATE deliveries SET started_at = :now WHERE challenge_id = :c AND started_at IS NULL")
			.bind("now", utc(now))
			.bind("c", challengeId)
			.then();
	}

	Mono<Void> completed(UUID challengeId, Instant now) {
		return this.db.sql("UPDATE deliveries SET completed_at = :now WHERE challenge_id = :c AND completed_at IS NULL")
			.bind("now", utc(now))
			.bind("c", challengeId)
			.then();
	}

	Mono<Boolean> terminated(UUID challengeId, UUID by, String reason, boolean dueDiligence, Instant now) {
		return this.db.sql("""
				UPDATE deliveries SET terminated_at = :now, terminated_by = :by, termination_reason = :reason,
				    due_diligence = :dd WHERE challenge_id = :c AND terminated_at IS NULL AND completed_at IS NULL""")
			.bind("now", utc(now))
			.bind("by", by)
			.bind("reason", reason)
			.bind("dd", dueDiligence)
			.bind("c", challengeId)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	/** Adds a payment to an accepted milestone if it stays within the milestone's amount. */
	Mono<Boolean> addPaid(UUID id, BigDecimal amount, Instant now) {
		return this.db.sql("""
				UPDATE delivery_milestones SET paid_amount = paid_amount + :amount, updated_at = :now, version = version + 1
				WHERE id = :id AND status = 'ACCEPTED' AND paid_amount + :amount <= payment_amount""")
			.bind("amount", amount)
			.bind("now", utc(now))
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	Mono<Void> insert(Payment p) {
		return this.db.sql("""
				INSERT INTO milestone_payments (id, milestone_id, challenge_id, amount, paid_on, note, recorded_by, recorded_at)
				VALUES (:id, :m, :c, :amount, :on, :note, :by, :at)""")
			.bind("id", p.id())
			.bind("m", p.milestoneId())
			.bind("c", p.challengeId())
			.bind("amount", p.amount())
			.bind("on", p.paidOn())
			.bind("note", Parameter.fromOrEmpty(p.note(), String.class))
			.bind("by", p.recordedBy())
			.bind("at", utc(p.recordedAt()))
			.then();
	}

	/** Milestones past due, not accepted, not yet marked, of deliveries still running. */
	Flux<UUID> overdueCandidates(Instant now, int limit) {
		return this.db.sql("""
				SELECT m.id FROM delivery_milestones m JOIN deliveries d ON d.challenge_id = m.challenge_id
				WHERE m.overdue_at IS NULL AND m.status <> 'ACCEPTED' AND m.due_at <= :now
				  AND d.terminated_at IS NULL AND d.completed_at IS NULL
				ORDER BY m.due_at LIMIT\s""" + limit)
			.bind("now", utc(now))
			.map(row -> row.get("id", UUID.class))
			.all();
	}

	/** Marks one milestone overdue unless it already is (or was accepted meanwhile); answers whether it did. */
	Mono<Boolean> markOverdue(UUID id, Instant now) {
		return this.db.sql("""
				UPDATE delivery_milestones SET overdue_at = :now
				WHERE id = :id AND overdue_at IS NULL AND status <> 'ACCEPTED' AND due_at <= :now""")
			.bind("now", utc(now))
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(Readable row, String column) {
		OffsetDateTime value = row.get(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private Delivery delivery(Readable row) {
		return new Delivery(row.get("challenge_id", UUID.class), row.get("award_id", UUID.class),
				row.get("bid_id", UUID.class), row.get("challenge_title", String.class),
				row.get("firm_organization_id", UUID.class), row.get("lab_id", UUID.class), row.get("lab_name", String.class),
				row.get("lab_organization_id", UUID.class), row.get("lab_organization_name", String.class),
				row.get("amount", BigDecimal.class), instant(row, "confirmed_at"), instant(row, "started_at"),
				instant(row, "completed_at"), instant(row, "terminated_at"), row.get("terminated_by", UUID.class),
				row.get("termination_reason", String.class), row.get("due_diligence", Boolean.class));
	}

	private Milestone milestone(Readable row) {
		String links = row.get("evidence_links", String.class);
		return new Milestone(row.get("id", UUID.class), row.get("challenge_id", UUID.class), row.get("lab_id", UUID.class),
				number(row, "seq"), row.get("title", String.class), row.get("deliverable", String.class),
				number(row, "due_month"), row.get("due_date", LocalDate.class), instant(row, "due_at"),
				number(row, "payment_percent"), row.get("payment_amount", BigDecimal.class),
				row.get("paid_amount", BigDecimal.class), MilestoneStatus.valueOf(row.get("status", String.class)),
				row.get("report_text", String.class), links == null ? List.of() : this.json.readValue(links, LINKS),
				number(row, "submission_count"), instant(row, "submitted_at"), row.get("return_comments", String.class),
				instant(row, "returned_at"), instant(row, "accepted_at"), instant(row, "overdue_at"),
				instant(row, "updated_at"));
	}

	private static Payment payment(Readable row) {
		return new Payment(row.get("id", UUID.class), row.get("milestone_id", UUID.class),
				row.get("challenge_id", UUID.class), row.get("amount", BigDecimal.class),
				row.get("paid_on", LocalDate.class), row.get("note", String.class), row.get("recorded_by", UUID.class),
				instant(row, "recorded_at"));
	}

	private static int number(Readable row, String column) {
		Object value = row.get(column);
		return value == null ? 0 : ((Number) value).intValue();
	}

}
