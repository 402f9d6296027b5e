package org.jiebang.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.jiebang.system.web.Paging;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Persistence of awards and recommendation ranks. Every change of an award's state or objection counter is
 * one conditional update on its row, so concurrent filings, answers and confirmations serialize on that row
 * and each sees the others' effect.
 */
@Component
class AwardStore {

	/** The states the public announcement page lists. */
	static final String ANNOUNCED = "('PROPOSED', 'CONFIRMED', 'WITHDRAWN')";

	private final DatabaseClient db;

	private final JsonMapper json;

	AwardStore(DatabaseClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	Mono<Void> insert(Award a) {
		DatabaseClient.GenericExecuteSpec spec = this.db.sql("""
				INSERT INTO awards (id, challenge_id, status, bid_id, challenge_title, lab_id, lab_name, organization_id,
				    organization_name, amount, rationale, score_summary, proposed_by, proposed_at, publicity_ends_at)
				VALUES (:id, :c, :status, :bid, :title, :lab, :labName, :org, :orgName, :amount, :rationale, :scores,
				    :by, :at, :ends)""")
			.bind("id", a.id())
			.bind("c", a.challengeId())
			.bind("status", a.status().name())
			.bind("title", a.challengeTitle())
			.bind("rationale", a.rationale())
			.bind("by", a.proposedBy())
			.bind("at", Rows.utc(a.proposedAt()));
		spec = Rows.bind(spec, "bid", a.bidId(), UUID.class);
		spec = Rows.bind(spec, "lab", a.labId(), UUID.class);
		spec = Rows.bind(spec, "labName", a.labName(), String.class);
		spec = Rows.bind(spec, "org", a.organizationId(), UUID.class);
		spec = Rows.bind(spec, "orgName", a.organizationName(), String.class);
		spec = Rows.bind(spec, "amount", a.amount(), BigDecimal.class);
		spec = Rows.bind(spec, "scores", a.scores() == null ? null : this.json.writeValueAsString(a.scores()),
				String.class);
		spec = Rows.bind(spec, "ends", a.publicityEndsAt() == null ? null : Rows.utc(a.publicityEndsAt()),
				OffsetDateTime.class);
		return spec.then();
	}

	Mono<Award> find(UUID id) {
		return this.db.sql("SELECT * FROM awards WHERE id = :id").bind("id", id).map(this::award).one();
	}

	/** Every award row of a challenge, newest first. */
	Flux<Award> forChallenge(UUID challengeId) {
		return this.db.sql("SELECT * FROM awards WHERE challenge_id = :c ORDER BY proposed_at DESC")
			.bind("c", challengeId)
			.map(this::award)
			.all();
	}

	Mono<Award> proposedFor(UUID challengeId) {
		return this.db.sql("SELECT * FROM awards WHERE challenge_id = :c AND status = 'PROPOSED'")
			.bind("c", challengeId)
			.map(this::award)
			.one();
	}

	Flux<Award> announcements(Paging paging) {
		return this.db.sql("SELECT * FROM awards WHERE status IN " + ANNOUNCED + " ORDER BY proposed_at DESC, id LIMIT "
				+ paging.size() + " OFFSET " + paging.offset())
			.map(this::award)
			.all();
	}

	Mono<Long> countAnnouncements() {
		return this.db.sql("SELECT COUNT(*) AS n FROM awards WHERE status IN " + ANNOUNCED)
			.map(row -> ((Number) row.get("n")).longValue())
			.one();
	}

	/** Counts a new objection, only while the award is proposed and its period has not ended. */
	Mono<Boolean> objectionFiled(UUID id, Instant now) {
		return this.db.sql("""
				UPDATE awards SET pending_objections = pending_objections + 1, version = version + 1
				WHERE id = :id AND status = 'PROPOSED' AND publicity_ends_at > :now""")
			.bind("id", id)
			.bind("now", Rows.utc(now))
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	Mono<Void> objectionAnswered(UUID id) {
		return this.db.sql("""
				UPDATE awards SET pending_objections = pending_objections - 1, version = version + 1
				WHERE id = :id AND pending_objections > 0""").bind("id", id).then();
	}

	/** Withdraws a proposed award; answers whether it was still proposed. */
	Mono<Boolean> withdraw(UUID id, Instant now) {
		return this.db.sql("""
				UPDATE awards SET status = 'WITHDRAWN', withdrawn_at = :now, version = version + 1
				WHERE id = :id AND status = 'PROPOSED'""")
			.bind("id", id)
			.bind("now", Rows.utc(now))
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	/** Confirms a proposed award whose period ended with nothing pending; answers whether it happened. */
	Mono<Boolean> confirm(UUID id, UUID by, Instant now) {
		return this.db.sql("""
				UPDATE awards SET status = 'CONFIRMED', confirmed_by = :by, confirmed_at = :now, version = version + 1
				WHERE id = :id AND status = 'PROPOSED' AND publicity_ends_at <= :now AND pending_objections = 0""")
			.bind("id", id)
			.bind("by", by)
			.bind("now", Rows.utc(now))
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	Mono<Void> winnerRank(UUID id, boolean recorded, Integer rank) {
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("UPDATE awards SET ranks_recorded = :recorded, winner_rank = :rank WHERE id = :id")
			.bind("recorded", recorded)
			.bind("id", id);
		return Rows.bind(spec, "rank", rank, Integer.class).then();
	}

	/** Replaces the recommendation ranks recorded for a challenge. */
	Mono<Void> recordRanks(UUID challengeId, Map<UUID, Integer> ranks, Instant now) {
		Mono<Void> clear = this.db.sql("DELETE FROM recommendation_ranks WHERE challenge_id = :c")
			.bind("c", challengeId)
			.then()
			.then(this.db.sql("DELETE FROM recommendation_snapshots WHERE challenge_id = :c").bind("c", challengeId).then());
		Mono<Void> snapshot = this.db
			.sql("INSERT INTO recommendation_snapshots (challenge_id, lab_count, recorded_at) VALUES (:c, :n, :at)")
			.bind("c", challengeId)
			.bind("n", ranks.size())
			.bind("at", Rows.utc(now))
			.then();
		Mono<Void> rows = Flux.fromIterable(ranks.entrySet())
			.concatMap(e -> this.db
				.sql("INSERT INTO recommendation_ranks (challenge_id, lab_id, lab_rank) VALUES (:c, :lab, :rank)")
				.bind("c", challengeId)
				.bind("lab", e.getKey())
				.bind("rank", e.getValue())
				.then())
			.then();
		return clear.then(snapshot).then(rows);
	}

	/** Whether ranks were recorded for the challenge, and the lab's rank among them. */
	Mono<RankLookup> rankOf(UUID challengeId, UUID labId) {
		Mono<Boolean> recorded = this.db.sql("SELECT COUNT(*) AS n FROM recommendation_snapshots WHERE challenge_id = :c")
			.bind("c", challengeId)
			.map(row -> ((Number) row.get("n")).longValue() > 0)
			.one();
		Mono<Optional<Integer>> rank = this.db
			.sql("SELECT lab_rank FROM recommendation_ranks WHERE challenge_id = :c AND lab_id = :lab")
			.bind("c", challengeId)
			.bind("lab", labId)
			.map(row -> Optional.ofNullable(row.get("lab_rank", Integer.class)))
			.one()
			.defaultIfEmpty(Optional.empty());
		return Mono.zip(recorded, rank).map(t -> new RankLookup(t.getT1(), t.getT2().orElse(null)));
	}

	/** How many confirmed awards have recorded ranks, and how many of them went to a top-10 lab. */
	Mono<long[]> topTenCounts() {
		return this.db.sql("""
				SELECT COUNT(*) AS measured,
				       SUM(CASE WHEN winner_rank IS NOT NULL AND winner_rank <= 10 THEN 1 ELSE 0 END) AS top_ten
				FROM awards WHERE status = 'CONFIRMED' AND ranks_recorded = TRUE""")
			.map(row -> new long[] { ((Number) row.get("measured")).longValue(),
					row.get("top_ten") == null ? 0 : ((Number) row.get("top_ten")).longValue() })
			.one();
	}

	/**
	 * A recorded-ranks look-up.
	 *
	 * @param recorded whether ranks were recorded for the challenge
	 * @param rank the lab's rank, {@code null} when not among them
	 */
	record RankLookup(boolean recorded, Integer rank) {
	}

	private Award award(Readable row) {
		String scores = row.get("score_summary", String.class);
		Integer pending = row.get("pending_objections", Integer.class);
		return new Award(row.get("id", UUID.class), row.get("challenge_id", UUID.class),
				AwardStatus.valueOf(row.get("status", String.class)), row.get("bid_id", UUID.class),
				row.get("challenge_title", String.class), row.get("lab_id", UUID.class), row.get("lab_name", String.class),
				row.get("organization_id", UUID.class), row.get("organization_name", String.class),
				row.get("amount", BigDecimal.class), row.get("rationale", String.class),
				scores == null ? null : this.json.readValue(scores, ScoreSummary.class), row.get("proposed_by", UUID.class),
				Rows.instant(row, "proposed_at"), Rows.instant(row, "publicity_ends_at"), pending == null ? 0 : pending,
				row.get("confirmed_by", UUID.class), Rows.instant(row, "confirmed_at"), Rows.instant(row, "withdrawn_at"),
				Boolean.TRUE.equals(row.get("ranks_recorded", Boolean.class)), row.get("winner_rank", Integer.class));
	}

}
