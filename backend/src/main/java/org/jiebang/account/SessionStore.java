package org.jiebang.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.system.config.JiebangProperties;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Server-side sessions: created at login, looked up on every authenticated request, revoked at logout. */
@Component
class SessionStore {

	private final DatabaseClient db;

	private final SessionTokens tokens;

	private final Clock clock;

	private final JiebangProperties properties;

	SessionStore(DatabaseClient db, SessionTokens tokens, Clock clock, JiebangProperties properties) {
		this.db = db;
		this.tokens = tokens;
		this.clock = clock;
		this.properties = properties;
	}

	/** A session that was just opened. */
	record Opened(String token, Instant expiresAt) {
	}

	Mono<Opened> open(UUID userId) {
		SessionTokens.Issued issued = this.tokens.issue();
		Instant now = this.clock.instant();
		Instant expires = now.plus(this.properties.security().sessionTtl());
		return this.db
			.sql("INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (:id, :user, :created, :expires)")
			.bind("id", issued.sessionId())
			.bind("user", userId)
			.bind("created", now.atOffset(ZoneOffset.UTC))
			.bind("expires", expires.atOffset(ZoneOffset.UTC))
			.then()
			.thenReturn(new Opened(issued.token(), expires));
	}

	/** The actor of a valid, unexpired, unrevoked session token of an enabled user. */
	Mono<Actor> authenticate(String token) {
		return Mono.justOrEmpty(this.tokens.verify(token))
			.flatMap(sessionId -> this.db.sql("""
					SELECT u.id, u.username, u.display_name, u.role, u.organization_id, u.lab_id
					FROM sessions s JOIN users u ON u.id = s.user_id
					WHERE s.id = :id AND s.revoked_at IS NULL AND s.expires_at > :now AND u.enabled = TRUE""")
				.bind("id", sessionId)
				.bind("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.map((row, meta) -> new Actor(row.get("id", UUID.class), row.get("username", String.class),
						row.get("display_name", String.class), Role.valueOf(row.get("role", String.class)),
						row.get("organization_id", UUID.class), row.get("lab_id", UUID.class), sessionId))
				.one());
	}

	Mono<Void> revoke(String sessionId) {
		return this.db.sql("UPDATE sessions SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
			.bind("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.bind("id", sessionId)
			.then();
	}

	/** Revokes every session of a user (password change, disabling). */
	Mono<Void> revokeAll(UUID userId) {
		return this.db.sql("UPDATE sessions SET revoked_at = :now WHERE user_id = :user AND revoked_at IS NULL")
			.bind("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.bind("user", userId)
			.then();
	}

	/** Removes sessions that expired long ago; revoked ones stay until expiry so tokens remain refused. */
	Mono<Long> purgeExpired() {
		return this.db.sql("DELETE FROM sessions WHERE expires_at < :cutoff")
			.bind("cutoff", this.clock.instant().atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated();
	}

}
