package org.jiebang.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.challenge.ChallengeStatus;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The public facts an OCDS release is made of, read as plain rows: the challenge and its firm, the award
 * rows, the delivery with its milestones and payments. Nothing sealed or private (bid contents, contacts,
 * payment notes) is read.
 */
@Component
class OcdsQueries {

	private static final String PUBLIC_STATES = "('PUBLISHED', 'CLOSED', 'AWARD_PROPOSED', 'AWARDED', 'IN_DELIVERY', "
			+ "'COMPLETED', 'TERMINATED', 'UNAWARDED', 'CANCELLED')";

	private final DatabaseClient db;

	OcdsQueries(DatabaseClient db) {
		this.db = db;
	}

	/** Everything one release needs, as column maps. */
	record Process(Map<String, Object> challenge, List<Map<String, Object>> awards, Map<String, Object> delivery,
			List<Map<String, Object>> milestones, List<Map<String, Object>> payments) {
	}

	/** The process of a public challenge, or empty when it does not exist or was never published. */
	Mono<Process> process(UUID challengeId) {
		return this.db.sql("""
				SELECT c.id, c.title, c.summary, c.status, c.bounty, c.published_at, c.bid_deadline, c.closed_at,
				       c.cancelled_at, c.delivery_months, c.eligibility_text, c.rubric, c.updated_at, c.industry_chain,
				       c.challenge_type, c.organization_id, o.name AS org_name, o.credit_code AS org_code,
				       o.province AS org_province, o.city AS org_city,
				       (SELECT COUNT(*) FROM bids b WHERE b.challenge_id = c.id AND b.status NOT IN ('DRAFT', 'WITHDRAWN'))
				           AS tenderers
				FROM challenges c JOIN organizations o ON o.id = c.organization_id
				WHERE c.id = :id AND c.published_at IS NOT NULL AND c.status IN\s""" + PUBLIC_STATES)
			.bind("id", challengeId)
			.map(OcdsQueries::columns)
			.one()
			.flatMap(challenge -> Mono
				.zip(list("""
						SELECT a.id, a.status, a.lab_name, a.organization_id, a.organization_name, a.amount, a.proposed_at,
						       a.publicity_ends_at, a.confirmed_at, a.withdrawn_at, o.credit_code, o.province, o.city
						FROM awards a LEFT JOIN organizations o ON o.id = a.organization_id
						WHERE a.challenge_id = :id ORDER BY a.proposed_at, a.id""", challengeId),
						list("SELECT * FROM deliveries WHERE challenge_id = :id", challengeId),
						list("SELECT * FROM delivery_milestones WHERE challenge_id = :id ORDER BY seq", challengeId),
						list("""
								SELECT id, milestone_id, amount, paid_on, recorded_at FROM milestone_payments
								WHERE challenge_id = :id ORDER BY recorded_at, id""", challengeId))
				.map(t -> new Process(challenge, t.getT1(), t.getT2().isEmpty() ? null : t.getT2().get(0), t.getT3(),
						t.getT4())));
	}

	/** The challenges with a confirmed award (awarded, in delivery, completed, terminated), oldest first. */
	Flux<UUID> awarded() {
		return this.db.sql("SELECT id FROM challenges WHERE status IN (:states) ORDER BY published_at, id")
			.bind("states", List.of(ChallengeStatus.AWARDED.name(), ChallengeStatus.IN_DELIVERY.name(),
					ChallengeStatus.COMPLETED.name(), ChallengeStatus.TERMINATED.name()))
			.map(row -> row.get("id", UUID.class))
			.all();
	}

	private Mono<List<Map<String, Object>>> list(String sql, UUID challengeId) {
		return this.db.sql(sql).bind("id", challengeId).map(OcdsQueries::columns).all().collectList();
	}

	/** A row as a map of lower-case column names to values; instants as {@link Instant}. */
	private static Map<String, Object> columns(Row row, RowMetadata meta) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (ColumnMetadata column : meta.getColumnMetadatas()) {
			Object value = row.get(column.getName());
			values.put(column.getName().toLowerCase(java.util.Locale.ROOT),
					value instanceof OffsetDateTime time ? time.toInstant() : value);
		}
		return values;
	}

}
