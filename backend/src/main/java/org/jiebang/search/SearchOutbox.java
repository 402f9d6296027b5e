package org.jiebang.search;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

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

	public Mono<Void> changed(EntityType type, UUID id) {
		return this.db
			.sql("INSERT INTO search_outbox (entity_type, entity_id, created_at) VALUES (:type, :id, :at)")
			.bind("type", type.name())
			.bind("id", id)
			.bind("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.then();
	}

}
