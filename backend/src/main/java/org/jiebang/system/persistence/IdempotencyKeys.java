package org.jiebang.system.persistence;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.system.web.Problems;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Remembers which resource a create with an {@code Idempotency-Key} made, per user and scope, so that a
 * replay answers the first result. The key row is written in the create's transaction; a concurrent
 * duplicate fails on the primary key and then finds the winner's row.
 */
@Component
public class IdempotencyKeys {

	public static final String HEADER = "Idempotency-Key";

	private static final int MAX_LENGTH = 100;

	private final DatabaseClient db;

	private final Clock clock;

	IdempotencyKeys(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	/** The resource created earlier with this key, or empty. Rejects over-long keys with 400. */
	public Mono<UUID> find(UUID userId, String scope, String key) {
		if (key == null) {
			return Mono.empty();
		}
		if (key.isBlank() || key.length() > MAX_LENGTH) {
			return Mono.error(Problems.invalid(HEADER, "Size", "validation.idempotency-key"));
		}
		return this.db.sql("SELECT resource_id FROM idempotency_keys WHERE user_id = :user AND scope = :scope AND idem_key = :key")
			.bind("user", userId)
			.bind("scope", scope)
			.bind("key", key)
			.map((row, meta) -> row.get("resource_id", UUID.class))
			.one();
	}

	/** Records the key; must run in the transaction that creates the resource. */
	public Mono<Void> remember(UUID userId, String scope, String key, UUID resourceId) {
		if (key == null) {
			return Mono.empty();
		}
		return this.db.sql("""
				INSERT INTO idempotency_keys (user_id, scope, idem_key, resource_id, created_at)
				VALUES (:user, :scope, :key, :resource, :at)""")
			.bind("user", userId)
			.bind("scope", scope)
			.bind("key", key)
			.bind("resource", resourceId)
			.bind("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.then();
	}

}
