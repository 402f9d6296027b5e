package org.jiebang.search;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/**
 * Records that an indexed entity changed, in the caller's transaction, so the index writer applies it
 * exactly when the change was committed (SPEC §6 freshness; nothing lost, nothing applied twice).
 */
@Service
public class SearchOutbox {

	/** Kinds of indexed entity. */
	public enum EntityType {

		CHALLENGE, LAB

	}

	/** The PostgreSQL channel every instance's index writer listens on. */
	static final String CHANNEL = "jiebang_search_outbox";

	private final DatabaseClient db;

	private final Clock clock;

	private final boolean postgres;

	SearchOutbox(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
		this.postgres = db.getConnectionFactory().getMetadata().getName().toLowerCase().contains("postgres");
	}

	/** Whether the database is PostgreSQL (writers are woken by NOTIFY there). */
	boolean isPostgres() {
		return this.postgres;
	}

	/** Rows after {@code after} up to {@code upTo} (inclusive), in id order, at most {@code limit}. */
	Flux<OutboxRow> rows(long after, long upTo, int limit) {
		return this.db
			.sql("SELECT id, entity_type, entity_id FROM search_outbox WHERE id > :after AND id <= :upTo ORDER BY id LIMIT "
					+ limit)
			.bind("after", after)
			.bind("upTo", upTo)
			.map((row, meta) -> new OutboxRow(row.get("id", Long.class),
					EntityType.valueOf(row.get("entity_type", String.class)), row.get("entity_id", UUID.class)))
			.all();
	}

	/** The newest row id, 0 when there is none. */
	Mono<Long> head() {
		return this.db.sql("SELECT COALESCE(MAX(id), 0) AS head FROM search_outbox")
			.map((row, meta) -> ((Number) row.get("head")).longValue())
			.one();
	}

	/**
	 * Queues a change for the index in the caller's transaction; on PostgreSQL the listening writers are
	 * notified when (and only if) that transaction commits.
	 */
	public Mono<Void> changed(EntityType type, UUID id) {
		Mono<Void> insert = this.db
			.sql("INSERT INTO search_outbox (entity_type, entity_id, created_at) VALUES (:type, :id, :at)")
			.bind("type", type.name())
			.bind("id", id)
			.bind("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.then();
		return this.postgres ? insert.then(this.db.sql("SELECT pg_notify('" + CHANNEL + "', '')").then()) : insert;
	}

	/** Records how far an instance's index has applied the outbox. */
	Mono<Void> recordPosition(String instance, long position) {
		Object at = this.clock.instant().atOffset(ZoneOffset.UTC);
		return this.db.sql("UPDATE search_positions SET position = :position, updated_at = :at WHERE instance_id = :instance")
			.bind("position", position)
			.bind("at", at)
			.bind("instance", instance)
			.fetch()
			.rowsUpdated()
			.flatMap(rows -> rows > 0 ? Mono.<Void>empty()
					: this.db.sql("INSERT INTO search_positions (instance_id, position, updated_at) VALUES (:instance, :position, :at)")
						.bind("instance", instance)
						.bind("position", position)
						.bind("at", at)
						.then());
	}

	/** Up to which row the outbox has been pruned. */
	Mono<Long> prunedUpTo() {
		return this.db.sql("SELECT up_to FROM search_outbox_pruned WHERE id = 1")
			.map((row, meta) -> ((Number) row.get("up_to")).longValue())
			.one()
			.defaultIfEmpty(0L);
	}

	/**
	 * Deletes rows that every instance seen within {@code seenWithin} has applied and that are older than
	 * {@code keep}; answers the highest row deleted (0 when none).
	 */
	Mono<Long> prune(java.time.Duration seenWithin, java.time.Duration keep) {
		java.time.Instant now = this.clock.instant();
		return this.db.sql("SELECT MIN(position) AS slowest FROM search_positions WHERE updated_at > :since")
			.bind("since", now.minus(seenWithin).atOffset(ZoneOffset.UTC))
			.map((row, meta) -> row.get("slowest") == null ? 0L : ((Number) row.get("slowest")).longValue())
			.one()
			.defaultIfEmpty(0L)
			.flatMap(slowest -> this.db
				.sql("SELECT COALESCE(MAX(id), 0) AS last FROM search_outbox WHERE id <= :slowest AND created_at < :before")
				.bind("slowest", slowest)
				.bind("before", now.minus(keep).atOffset(ZoneOffset.UTC))
				.map((row, meta) -> ((Number) row.get("last")).longValue())
				.one())
			.flatMap(last -> last == 0 ? Mono.just(0L)
					: this.db.sql("DELETE FROM search_outbox WHERE id <= :last")
						.bind("last", last)
						.then()
						.then(this.db.sql("UPDATE search_outbox_pruned SET up_to = :last WHERE id = 1 AND up_to < :last")
							.bind("last", last)
							.then())
						.thenReturn(last));
	}

}
