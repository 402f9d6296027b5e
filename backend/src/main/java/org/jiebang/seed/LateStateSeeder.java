package org.jiebang.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jiebang.award.ScoreSummary;
import org.jiebang.challenge.Rubric;
import org.jiebang.system.persistence.Ids;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;

/**
 * The late states of the demo set from {@code seeds/demo/awards.json}: reviewers with their declarations and
 * scores, award proposals (announced, confirmed or no award), objections and the recommendation rank of each
 * winner; then the deliveries of {@code delivery.json} through {@link DeliverySeeder}.
 */
final class LateStateSeeder {

	private final DatabaseClient db;

	private final JsonMapper json;

	private final DemoDataLoader.Keys keys;

	private final Instant now;

	/** Confirmed awards by challenge key, for the deliveries. */
	private final Map<String, DeliverySeeder.Confirmed> confirmed = new HashMap<>();

	LateStateSeeder(DatabaseClient db, JsonMapper json, DemoDataLoader.Keys keys, Instant now) {
		this.db = db;
		this.json = json;
		this.keys = keys;
		this.now = now;
	}

	Mono<Void> load(List<JsonNode> awards, List<JsonNode> deliveries) {
		Map<String, JsonNode> plans = new HashMap<>();
		deliveries.forEach(d -> plans.put(SeedFiles.text(d, "challenge"), d));
		DeliverySeeder delivery = new DeliverySeeder(this.db, this.json, this.keys, this.now);
		return Flux.fromIterable(awards)
			.concatMap(this::evaluation)
			.thenMany(Flux.defer(() -> Flux.fromIterable(this.confirmed.values())))
			.concatMap(c -> delivery.insert(c, plans.get(c.challengeKey())))
			.then();
	}

	private Mono<Void> evaluation(JsonNode node) {
		String challengeKey = SeedFiles.text(node, "challenge");
		UUID challenge = this.keys.challenges.get(challengeKey);
		List<UUID> reviewers = new ArrayList<>();
		node.path("reviewers").forEach(r -> reviewers.add(this.keys.users.get(r.asString())));
		Instant assigned = daysAgo(SeedFiles.integer(node, "assignedDaysAgo"));
		Instant scored = daysAgo(SeedFiles.integer(node, "scoredDaysAgo"));
		Mono<Void> panel = Flux.fromIterable(reviewers)
			.concatMap(reviewer -> this.db.sql("""
					INSERT INTO review_assignments (challenge_id, reviewer_id, assigned_by, assigned_at, recused,
					    declared_at, has_conflict, conflict_statement)
					VALUES (:c, :r, :by, :at, FALSE, :declared, FALSE, '无利益冲突')""")
				.bind("c", challenge)
				.bind("r", reviewer)
				.bind("by", this.keys.admin)
				.bind("at", utc(assigned))
				.bind("declared", utc(assigned.plus(Duration.ofHours(20))))
				.then())
			.then();
		Map<String, List<Integer>> scores = new HashMap<>();
		node.path("scores").properties().forEach(e -> {
			List<Integer> totals = new ArrayList<>();
			e.getValue().forEach(v -> totals.add(v.asInt()));
			scores.put(e.getKey(), totals);
		});
		Mono<Void> scoring = Flux.fromIterable(scores.entrySet())
			.concatMap(e -> Flux.range(0, e.getValue().size())
				.concatMap(i -> score(challenge, bid(challengeKey, e.getKey()).id(), reviewers.get(i), e.getValue().get(i),
						scored)))
			.then();
		return panel.then(scoring).then(Mono.defer(() -> award(challengeKey, challenge, node.path("award"), scores,
				node.path("objections"))));
	}

	private Mono<Void> score(UUID challenge, UUID bid, UUID reviewer, int total, Instant at) {
		BigDecimal[] parts = parts(total);
		return this.db.sql("""
				INSERT INTO review_scores (bid_id, reviewer_id, challenge_id, technical_merit, technical_merit_comment,
				    feasibility, feasibility_comment, team_capability, team_capability_comment, cost_reasonableness,
				    cost_reasonableness_comment, scored_at, updated_at)
				VALUES (:b, :r, :c, :tm, '技术路线清晰，关键难点有对策。', :fe, '进度安排可行，试验条件具备。', :tc,
				    '团队结构合理，有相关工程经验。', :cr, '报价与工作量基本匹配。', :at, :at)""")
			.bind("b", bid)
			.bind("r", reviewer)
			.bind("c", challenge)
			.bind("tm", parts[0])
			.bind("fe", parts[1])
			.bind("tc", parts[2])
			.bind("cr", parts[3])
			.bind("at", utc(at))
			.then();
	}

	/** A total split over the default rubric (40/25/20/15) with one decimal, adding up exactly. */
	static BigDecimal[] parts(int total) {
		BigDecimal sum = BigDecimal.valueOf(total).setScale(1);
		BigDecimal tm = share(sum, 40);
		BigDecimal fe = share(sum, 25);
		BigDecimal tc = share(sum, 20);
		return new BigDecimal[] { tm, fe, tc, sum.subtract(tm).subtract(fe).subtract(tc) };
	}

	private static BigDecimal share(BigDecimal total, int weight) {
		return total.multiply(BigDecimal.valueOf(weight)).divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
	}

	private Mono<Void> award(String challengeKey, UUID challenge, JsonNode award, Map<String, List<Integer>> scores,
			JsonNode objections) {
		UUID id = Ids.newId();
		String status = SeedFiles.text(award, "status");
		String winnerKey = SeedFiles.text(award, "winner");
		SeedBid winner = winnerKey == null ? null : bid(challengeKey, winnerKey);
		Instant proposed = daysAgo(SeedFiles.integer(award, "proposedDaysAgo"));
		Integer confirmedDaysAgo = SeedFiles.integer(award, "confirmedDaysAgo");
		Instant confirmedAt = confirmedDaysAgo == null ? null : daysAgo(confirmedDaysAgo);
		Integer rank = SeedFiles.integer(award, "winnerRank");
		Integer publicityDays = SeedFiles.integer(award, "publicityDays");
		String title = SeedFiles.text(this.keys.challengeNodes.get(challengeKey), "title");
		if (confirmedAt != null) {
			this.confirmed.put(challengeKey, new DeliverySeeder.Confirmed(challengeKey, challenge, id, winner, confirmedAt));
		}
		Mono<Void> insert = this.db.sql("""
				INSERT INTO awards (id, challenge_id, status, bid_id, challenge_title, lab_id, lab_name, organization_id,
				    organization_name, amount, rationale, score_summary, proposed_by, proposed_at, publicity_ends_at,
				    pending_objections, confirmed_by, confirmed_at, ranks_recorded, winner_rank)
				VALUES (:id, :c, :status, :bid, :title, :lab, :labName, :org, :orgName, :amount, :rationale, :scores, :by,
				    :at, :ends, :pending, :confirmedBy, :confirmedAt, :ranked, :rank)""")
			.bind("id", id)
			.bind("c", challenge)
			.bind("status", status)
			.bind("bid", Parameter.fromOrEmpty(winner == null ? null : winner.id(), UUID.class))
			.bind("title", title)
			.bind("lab", Parameter.fromOrEmpty(winner == null ? null : winner.labId(), UUID.class))
			.bind("labName", Parameter.fromOrEmpty(winner == null ? null : this.keys.names.get(winner.labKey()), String.class))
			.bind("org", Parameter.fromOrEmpty(winner == null ? null : winner.organizationId(), UUID.class))
			.bind("orgName", Parameter.fromOrEmpty(winner == null ? null : organizationName(winner), String.class))
			.bind("amount", Parameter.fromOrEmpty(winner == null ? null : winner.quotedAmount(), BigDecimal.class))
			.bind("rationale", SeedFiles.text(award, "rationale"))
			.bind("scores", Parameter.fromOrEmpty(winner == null ? null : summary(scores.get(winnerKey)), String.class))
			.bind("by", this.keys.admin)
			.bind("at", utc(proposed))
			.bind("ends", Parameter.fromOrEmpty(publicityDays == null ? null
					: utc(proposed.plus(Duration.ofDays(publicityDays))), OffsetDateTime.class))
			.bind("pending", objections.size())
			.bind("confirmedBy", Parameter.fromOrEmpty(confirmedAt == null ? null : this.keys.admin, UUID.class))
			.bind("confirmedAt", Parameter.fromOrEmpty(confirmedAt == null ? null : utc(confirmedAt), OffsetDateTime.class))
			.bind("ranked", rank != null)
			.bind("rank", Parameter.fromOrEmpty(rank, Integer.class))
			.then();
		return insert.then(ranks(challenge, winner, rank, confirmedAt)).then(objections(id, objections));
	}

	private Mono<Void> ranks(UUID challenge, SeedBid winner, Integer rank, Instant at) {
		if (rank == null || winner == null) {
			return Mono.empty();
		}
		return this.db.sql("INSERT INTO recommendation_snapshots (challenge_id, lab_count, recorded_at) VALUES (:c, 20, :at)")
			.bind("c", challenge)
			.bind("at", utc(at.minus(Duration.ofDays(12))))
			.then()
			.then(this.db.sql("INSERT INTO recommendation_ranks (challenge_id, lab_id, lab_rank) VALUES (:c, :lab, :rank)")
				.bind("c", challenge)
				.bind("lab", winner.labId())
				.bind("rank", rank)
				.then());
	}

	private Mono<Void> objections(UUID awardId, JsonNode objections) {
		List<JsonNode> list = new ArrayList<>();
		objections.forEach(list::add);
		return Flux.fromIterable(list)
			.concatMap(o -> this.db.sql("""
					INSERT INTO objections (id, award_id, objector_id, reasons, status, filed_at)
					VALUES (:id, :award, :objector, :reasons, 'PENDING', :at)""")
				.bind("id", Ids.newId())
				.bind("award", awardId)
				.bind("objector", this.keys.labCreator.get(SeedFiles.text(o, "objector")))
				.bind("reasons", SeedFiles.text(o, "reasons"))
				.bind("at", utc(daysAgo(SeedFiles.integer(o, "filedDaysAgo"))))
				.then())
			.then();
	}

	private String summary(List<Integer> totals) {
		int n = totals.size();
		BigDecimal[] sums = new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		for (int total : totals) {
			BigDecimal[] parts = parts(total);
			for (int i = 0; i < 4; i++) {
				sums[i] = sums[i].add(parts[i]);
			}
		}
		BigDecimal count = BigDecimal.valueOf(n);
		BigDecimal mean = BigDecimal.valueOf(totals.stream().mapToInt(Integer::intValue).sum())
			.divide(count, 2, RoundingMode.HALF_UP);
		return this.json.writeValueAsString(new ScoreSummary(Rubric.DEFAULT, n, mean,
				sums[0].divide(count, 2, RoundingMode.HALF_UP), sums[1].divide(count, 2, RoundingMode.HALF_UP),
				sums[2].divide(count, 2, RoundingMode.HALF_UP), sums[3].divide(count, 2, RoundingMode.HALF_UP), null));
	}

	private String organizationName(SeedBid bid) {
		return this.keys.names.get(this.keys.organizationKeyOfLab.get(bid.labKey()));
	}

	private SeedBid bid(String challengeKey, String labKey) {
		SeedBid bid = this.keys.bids.get(challengeKey + "/" + labKey);
		if (bid == null) {
			throw new IllegalStateException("No seeded bid of " + labKey + " on " + challengeKey);
		}
		return bid;
	}

	private Instant daysAgo(int days) {
		return this.now.minus(Duration.ofDays(days));
	}

	static OffsetDateTime utc(Instant instant) {
		return DemoDataLoader.utc(instant);
	}

}
