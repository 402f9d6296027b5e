package org.jiebang.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import reactor.core.publisher.Mono;

import org.jiebang.system.config.JiebangProperties;
import org.jiebang.system.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per address in the database, so that the limit holds across
 * instances: after the allowed number of failures within the window, attempts answer 429.
 */
@Component
class LoginThrottle {

	private final DatabaseClient db;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	LoginThrottle(DatabaseClient db, Clock clock, JiebangProperties properties) {
		this.db = db;
		this.clock = clock;
		this.maxFailures = properties.security().loginMaxFailures();
		this.window = properties.security().loginWindow();
	}

	/** Fails with 429 and a Retry-After when the account or the address used up its failures. */
	Mono<Void> check(String username, String address) {
		Instant now = this.clock.instant();
		OffsetDateTime since = now.minus(this.window).atOffset(ZoneOffset.UTC);
		return Mono.zip(blockedUntil("username", username, since), blockedUntil("address", address, since))
			.flatMap(t -> {
				Instant until = t.getT1().isAfter(t.getT2()) ? t.getT1() : t.getT2();
				if (!until.isAfter(now)) {
					return Mono.empty();
				}
				long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
				return Mono.error(new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "/problems/too-many-login-attempts",
						"problem.too-many-login-attempts", seconds)
					.with("retryAfterSeconds", seconds));
			});
	}

	/**
	 * The instant until which a key is blocked: when it has used up its failures, the moment the newest
	 * failure that still makes up the limit leaves the window; otherwise the epoch.
	 */
	private Mono<Instant> blockedUntil(String column, String value, OffsetDateTime since) {
		return this.db.sql("SELECT failed_at FROM login_failures WHERE " + column
				+ " = :value AND failed_at > :since ORDER BY failed_at DESC LIMIT 1 OFFSET " + (this.maxFailures - 1))
			.bind("value", value)
			.bind("since", since)
			.map((row, meta) -> row.get("failed_at", OffsetDateTime.class).toInstant().plus(this.window))
			.one()
			.defaultIfEmpty(Instant.EPOCH);
	}

	Mono<Void> recordFailure(String username, String address) {
		return this.db
			.sql("INSERT INTO login_failures (username, address, failed_at) VALUES (:username, :address, :at)")
			.bind("username", username)
			.bind("address", address)
			.bind("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.then();
	}

	/** A successful login clears the account's failures (the address keeps its count). */
	Mono<Void> clear(String username) {
		return this.db.sql("DELETE FROM login_failures WHERE username = :username")
			.bind("username", username)
			.then();
	}

	Mono<Long> purgeOld() {
		return this.db.sql("DELETE FROM login_failures WHERE failed_at < :cutoff")
			.bind("cutoff", this.clock.instant().minus(this.window).atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated();
	}

}
