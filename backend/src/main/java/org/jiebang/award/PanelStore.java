package org.jiebang.award;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Persistence of review assignments; a declaration is a conditional update, so it happens once. */
@Component
class PanelStore {

	private final DatabaseClient db;

	PanelStore(DatabaseClient db) {
		this.db = db;
	}

	Flux<Assignment> forChallenge(UUID challengeId) {
		return this.db.sql("SELECT * FROM review_assignments WHERE challenge_id = :c ORDER BY assigned_at, reviewer_id")
			.bind("c", challengeId)
			.map(PanelStore::assignment)
			.all();
	}

	Flux<Assignment> forReviewer(UUID reviewerId) {
		return this.db.sql("SELECT * FROM review_assignments WHERE reviewer_id = :r ORDER BY assigned_at DESC")
			.bind("r", reviewerId)
			.map(PanelStore::assignment)
			.all();
	}

	Mono<Assignment> find(UUID challengeId, UUID reviewerId) {
		return this.db.sql("SELECT * FROM review_assignments WHERE challenge_id = :c AND reviewer_id = :r")
			.bind("c", challengeId)
			.bind("r", reviewerId)
			.map(PanelStore::assignment)
			.one();
	}

	Mono<Void> insert(Assignment a) {
		DatabaseClient.GenericExecuteSpec spec = this.db.sql("""
				INSERT INTO review_assignments (challenge_id, reviewer_id, assigned_by, assigned_at, recused,
				    recusal_reason, recusal_detail)
				VALUES (:c, :r, :by, :at, :recused, :reason, :detail)""")
			.bind("c", a.challengeId())
			.bind("r", a.reviewerId())
			.bind("by", a.assignedBy())
			.bind("at", Rows.utc(a.assignedAt()))
			.bind("recused", a.recused());
		spec = Rows.bind(spec, "reason", a.recusalReason() == null ? null : a.recusalReason().name(), String.class);
		return Rows.bind(spec, "detail", a.recusalDetail(), String.class).then();
	}

	/**
	 * Records a declaration: once, except that a reviewer who declared no conflict may still declare one
	 * (and is then recused). Answers whether it was recorded.
	 */
	Mono<Boolean> declare(UUID challengeId, UUID reviewerId, boolean hasConflict, String statement, Instant now) {
		String sql = hasConflict ? """
				UPDATE review_assignments SET declared_at = :now, has_conflict = TRUE, conflict_statement = :st,
				    recused = TRUE, recusal_reason = 'DECLARED_CONFLICT', version = version + 1
				WHERE challenge_id = :c AND reviewer_id = :r AND recused = FALSE
				  AND (declared_at IS NULL OR has_conflict = FALSE)""" : """
				UPDATE review_assignments SET declared_at = :now, has_conflict = FALSE, conflict_statement = :st,
				    version = version + 1
				WHERE challenge_id = :c AND reviewer_id = :r AND recused = FALSE AND declared_at IS NULL""";
		DatabaseClient.GenericExecuteSpec spec = this.db.sql(sql)
			.bind("now", Rows.utc(now))
			.bind("c", challengeId)
			.bind("r", reviewerId);
		return Rows.bind(spec, "st", statement, String.class)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	private static Assignment assignment(Readable row) {
		String reason = row.get("recusal_reason", String.class);
		return new Assignment(row.get("challenge_id", UUID.class), row.get("reviewer_id", UUID.class),
				row.get("assigned_by", UUID.class), Rows.instant(row, "assigned_at"),
				Boolean.TRUE.equals(row.get("recused", Boolean.class)),
				reason == null ? null : RecusalReason.valueOf(reason), row.get("recusal_detail", String.class),
				Rows.instant(row, "declared_at"), row.get("has_conflict", Boolean.class),
				row.get("conflict_statement", String.class));
	}

}
