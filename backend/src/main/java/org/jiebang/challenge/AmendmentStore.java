package org.jiebang.challenge;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.system.persistence.Ids;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;

/** The public record of amendments to published challenges. */
@Component
class AmendmentStore {

	private final DatabaseClient db;

	AmendmentStore(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> add(UUID challengeId, UUID by, String reason, List<String> fields, boolean termsChanged,
			Instant deadlineBefore, Instant deadlineAfter, Instant at) {
		return this.db.sql("""
				INSERT INTO challenge_amendments (id, challenge_id, amended_by, reason, changed_fields, terms_changed,
				    deadline_before, deadline_after, amended_at)
				VALUES (:id, :challenge, :by, :reason, :fields, :terms, :before, :after, :at)""")
			.bind("id", Ids.newId())
			.bind("challenge", challengeId)
			.bind("by", by)
			.bind("reason", reason)
			.bind("fields", String.join(",", fields))
			.bind("terms", termsChanged)
			.bind("before", Parameter.fromOrEmpty(utc(deadlineBefore), OffsetDateTime.class))
			.bind("after", Parameter.fromOrEmpty(utc(deadlineAfter), OffsetDateTime.class))
			.bind("at", utc(at))
			.then();
	}

	Mono<List<AmendmentView>> list(UUID challengeId) {
		return this.db.sql("SELECT * FROM challenge_amendments WHERE challenge_id = :id ORDER BY amended_at")
			.bind("id", challengeId)
			.map((row, meta) -> new AmendmentView(row.get("amended_at", OffsetDateTime.class).toInstant(),
					row.get("reason", String.class), Arrays.asList(row.get("changed_fields", String.class).split(",")),
					Boolean.TRUE.equals(row.get("terms_changed", Boolean.class)),
					instant(row.get("deadline_before", OffsetDateTime.class)),
					instant(row.get("deadline_after", OffsetDateTime.class))))
			.all()
			.collectList();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
