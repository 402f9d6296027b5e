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

	private final DatabaseClient db;

	private final Clock clock;

	SearchOutbox(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
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

	public Mono<Void> changed(EntityType type, UUID id) {
		return this.db
			.sql("INSERT INTO search_outbox (entity_type, entity_id, created_at) VALUES (:type, :id, :at)")
			.bind("type", type.name())
			.bind("id", id)
			.bind("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.then();
	}

}
