package org.jiebang.clarify;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Questions and answers in {@code clarifications}. */
@Component
class ClarificationStore {

	private final DatabaseClient db;

	ClarificationStore(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> insert(Clarification c) {
		return this.db.sql("""
				INSERT INTO clarifications (id, challenge_id, asked_by, asked_by_lab, question, asked_at)
				VALUES (:id, :challenge, :by, :lab, :question, :at)""")
			.bind("id", c.id())
			.bind("challenge", c.challengeId())
			.bind("by", c.askedBy())
			.bind("lab", c.askedByLab())
			.bind("question", c.question())
			.bind("at", c.askedAt().atOffset(ZoneOffset.UTC))
			.then();
	}

	Mono<Clarification> find(UUID id) {
		return this.db.sql("SELECT * FROM clarifications WHERE id = :id")
			.bind("id", id)
			.map((Readable row) -> clarification(row))
			.one();
	}

	Flux<Clarification> byChallenge(UUID challengeId) {
		return this.db.sql("SELECT * FROM clarifications WHERE challenge_id = :challenge ORDER BY asked_at, id")
			.bind("challenge", challengeId)
			.map((Readable row) -> clarification(row))
			.all();
	}

	/** Records the answer unless one exists; answers whether this call answered it. */
	Mono<Boolean> answer(UUID id, String answer, UUID by, Instant at, boolean changesTerms) {
		return this.db.sql("""
				UPDATE clarifications SET answer = :answer, answered_by = :by, answered_at = :at,
				    changes_terms = :changes
				WHERE id = :id AND answered_at IS NULL""")
			.bind("answer", answer)
			.bind("by", by)
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.bind("changes", changesTerms)
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.map(n -> n == 1);
	}

	private static Clarification clarification(Readable row) {
		OffsetDateTime answeredAt = row.get("answered_at", OffsetDateTime.class);
		return new Clarification(row.get("id", UUID.class), row.get("challenge_id", UUID.class),
				row.get("asked_by", UUID.class), row.get("asked_by_lab", UUID.class),
				row.get("question", String.class), row.get("asked_at", OffsetDateTime.class).toInstant(),
				row.get("answer", String.class), row.get("answered_by", UUID.class),
				answeredAt == null ? null : answeredAt.toInstant(),
				Boolean.TRUE.equals(row.get("changes_terms", Boolean.class)));
	}

}
