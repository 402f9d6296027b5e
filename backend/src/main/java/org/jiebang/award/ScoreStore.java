package org.jiebang.award;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Persistence of scores, non-consensus decisions and firm preferences. */
@Component
class ScoreStore {

	private final DatabaseClient db;

	ScoreStore(DatabaseClient db) {
		this.db = db;
	}

	Flux<Score> forChallenge(UUID challengeId) {
		return this.db.sql("SELECT * FROM review_scores WHERE challenge_id = :c")
			.bind("c", challengeId)
			.map(ScoreStore::score)
			.all();
	}

	Mono<Score> find(UUID bidId, UUID reviewerId) {
		return this.db.sql("SELECT * FROM review_scores WHERE bid_id = :b AND reviewer_id = :r")
			.bind("b", bidId)
			.bind("r", reviewerId)
			.map(ScoreStore::score)
			.one();
	}

	/** Inserts a reviewer's first score of a bid. */
	Mono<Void> insert(Score s) {
		return criteria(this.db.sql("""
				INSERT INTO review_scores (bid_id, reviewer_id, challenge_id, technical_merit, technical_merit_comment,
				    feasibility, feasibility_comment, team_capability, team_capability_comment, cost_reasonableness,
				    cost_reasonableness_comment, scored_at, updated_at)
				VALUES (:b, :r, :c, :tm, :tmc, :fe, :fec, :tc, :tcc, :cr, :crc, :scored, :updated)"""), s)
			.bind("c", s.challengeId())
			.bind("scored", Rows.utc(s.scoredAt()))
			.bind("updated", Rows.utc(s.updatedAt()))
			.then();
	}

	/** Replaces a reviewer's earlier score of a bid. */
	Mono<Void> update(Score s) {
		return criteria(this.db.sql("""
				UPDATE review_scores SET technical_merit = :tm, technical_merit_comment = :tmc, feasibility = :fe,
				    feasibility_comment = :fec, team_capability = :tc, team_capability_comment = :tcc,
				    cost_reasonableness = :cr, cost_reasonableness_comment = :crc, updated_at = :updated,
				    version = version + 1
				WHERE bid_id = :b AND reviewer_id = :r"""), s)
			.bind("updated", Rows.utc(s.updatedAt()))
			.then();
	}

	private static DatabaseClient.GenericExecuteSpec criteria(DatabaseClient.GenericExecuteSpec spec, Score s) {
		return spec.bind("b", s.bidId())
			.bind("r", s.reviewerId())
			.bind("tm", s.technicalMerit().score())
			.bind("tmc", s.technicalMerit().comment())
			.bind("fe", s.feasibility().score())
			.bind("fec", s.feasibility().comment())
			.bind("tc", s.teamCapability().score())
			.bind("tcc", s.teamCapability().comment())
			.bind("cr", s.costReasonableness().score())
			.bind("crc", s.costReasonableness().comment());
	}

	Flux<Decision> decisions(UUID challengeId) {
		return this.db.sql("SELECT * FROM consensus_decisions WHERE challenge_id = :c")
			.bind("c", challengeId)
			.map(ScoreStore::decision)
			.all();
	}

	/** Records the decision on a bid, replacing an earlier one. */
	Mono<Void> saveDecision(Decision d) {
		return this.db.sql("DELETE FROM consensus_decisions WHERE bid_id = :b")
			.bind("b", d.bidId())
			.then()
			.then(this.db.sql("""
					INSERT INTO consensus_decisions (bid_id, challenge_id, adopted_score, reasoning, mean_at, stddev_at,
					    decided_by, decided_at)
					VALUES (:b, :c, :score, :reasoning, :mean, :stddev, :by, :at)""")
				.bind("b", d.bidId())
				.bind("c", d.challengeId())
				.bind("score", d.adoptedScore())
				.bind("reasoning", d.reasoning())
				.bind("mean", d.meanAt())
				.bind("stddev", d.stddevAt())
				.bind("by", d.decidedBy())
				.bind("at", Rows.utc(d.decidedAt()))
				.then());
	}

	Mono<Preference> preference(UUID challengeId) {
		return this.db.sql("SELECT * FROM firm_preferences WHERE challenge_id = :c")
			.bind("c", challengeId)
			.map(row -> new Preference(row.get("challenge_id", UUID.class), ids(row.get("bid_ids", String.class)),
					row.get("set_by", UUID.class), Rows.instant(row, "set_at")))
			.one();
	}

	Mono<Void> savePreference(Preference p) {
		return this.db.sql("DELETE FROM firm_preferences WHERE challenge_id = :c")
			.bind("c", p.challengeId())
			.then()
			.then(this.db
				.sql("INSERT INTO firm_preferences (challenge_id, bid_ids, set_by, set_at) VALUES (:c, :ids, :by, :at)")
				.bind("c", p.challengeId())
				.bind("ids", p.bidIds().stream().map(UUID::toString).collect(Collectors.joining(",")))
				.bind("by", p.setBy())
				.bind("at", Rows.utc(p.setAt()))
				.then());
	}

	private static List<UUID> ids(String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split(",")).map(UUID::fromString).toList();
	}

	private static Score score(Readable row) {
		return new Score(row.get("bid_id", UUID.class), row.get("reviewer_id", UUID.class),
				row.get("challenge_id", UUID.class), criterion(row, "technical_merit"), criterion(row, "feasibility"),
				criterion(row, "team_capability"), criterion(row, "cost_reasonableness"), Rows.instant(row, "scored_at"),
				Rows.instant(row, "updated_at"));
	}

	private static CriterionScore criterion(Readable row, String column) {
		return new CriterionScore(row.get(column, BigDecimal.class), row.get(column + "_comment", String.class));
	}

	private static Decision decision(Readable row) {
		return new Decision(row.get("bid_id", UUID.class), row.get("challenge_id", UUID.class),
				row.get("adopted_score", BigDecimal.class), row.get("reasoning", String.class),
				row.get("mean_at", BigDecimal.class), row.get("stddev_at", BigDecimal.class),
				row.get("decided_by", UUID.class), Rows.instant(row, "decided_at"));
	}

}
