package org.jiebang.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.award.AwardService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.delivery.TrackRecordService;
import org.jiebang.system.config.JiebangProperties;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/** The administrators' dashboard figures and red flags (SPEC §7, §8), read-only over the whole database. */
@Service
public class DashboardService {

	private static final String[] BUCKETS = { "0", "1", "2", "3", "4", "5-9", "10+" };

	private final DatabaseClient db;

	private final StatsService stats;

	private final AwardService awards;

	private final TrackRecordService trackRecords;

	private final JiebangProperties.Challenge rules;

	private final Clock clock;

	DashboardService(DatabaseClient db, StatsService stats, AwardService awards, TrackRecordService trackRecords,
			JiebangProperties properties, Clock clock) {
		this.db = db;
		this.stats = stats;
		this.awards = awards;
		this.trackRecords = trackRecords;
		this.rules = properties.challenge();
		this.clock = clock;
	}

	/** A closed challenge and its number of opened bids. */
	record Closed(UUID id, String title, long bids) {
	}

	public Mono<DashboardView> dashboard(Actor actor) {
		actor.requireAdmin();
		Mono<List<Closed>> closed = this.db.sql("""
				SELECT c.id, c.title, (SELECT COUNT(*) FROM bids b WHERE b.challenge_id = c.id
				    AND b.status NOT IN ('DRAFT', 'WITHDRAWN')) AS bids
				FROM challenges c WHERE c.closed_at IS NOT NULL ORDER BY c.closed_at, c.id""")
			.map(row -> new Closed(row.get("id", UUID.class), row.get("title", String.class),
					((Number) row.get("bids")).longValue()))
			.all()
			.collectList();
		Mono<List<RedFlag>> flags = Mono.zip(closed, repeatedWinners(), shortWindows()).map(t -> {
			List<RedFlag> all = new ArrayList<>();
			t.getT1().stream().filter(c -> c.bids() == 1).forEach(c -> all.add(RedFlag.singleBid(c.id(), c.title())));
			all.addAll(t.getT2());
			all.addAll(t.getT3());
			return all;
		});
		Mono<DashboardView.OnTime> onTime = this.trackRecords.overallOnTime()
			.map(c -> new DashboardView.OnTime(c[0], c[1], TrackRecordService.ratio(c[0], c[1])));
		return Mono
			.zip(byStatus(), this.stats.byChain(), bounty(), closed.map(DashboardService::distribution),
					medianDaysToAward(), onTime, this.awards.matchingEffectiveness(), flags)
			.map(t -> new DashboardView(t.getT1(), t.getT2(), t.getT3(), t.getT4(), t.getT5().orElse(null), t.getT6(),
					t.getT7(), t.getT8(), this.clock.instant()));
	}

	private Mono<Map<String, Long>> byStatus() {
		return this.db.sql("SELECT status, COUNT(*) AS n FROM challenges GROUP BY status")
			.map(row -> Map.entry(row.get("status", String.class), ((Number) row.get("n")).longValue()))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.map(counts -> {
				Map<String, Long> all = new LinkedHashMap<>();
				for (ChallengeStatus status : ChallengeStatus.values()) {
					all.put(status.name(), counts.getOrDefault(status.name(), 0L));
				}
				return all;
			});
	}

	private Mono<DashboardView.Bounty> bounty() {
		Mono<BigDecimal> published = sum("SELECT COALESCE(SUM(bounty), 0) AS total FROM challenges WHERE published_at IS NOT NULL");
		Mono<BigDecimal> awarded = sum("SELECT COALESCE(SUM(amount), 0) AS total FROM awards WHERE status = 'CONFIRMED'");
		return Mono.zip(published, awarded).map(t -> new DashboardView.Bounty(t.getT1(), t.getT2()));
	}

	private Mono<BigDecimal> sum(String sql) {
		return this.db.sql(sql).map(row -> row.get("total", BigDecimal.class).setScale(2)).one();
	}

	static DashboardView.BidDistribution distribution(List<Closed> closed) {
		long[] counts = new long[BUCKETS.length];
		long[] bids = closed.stream().mapToLong(Closed::bids).sorted().toArray();
		for (long n : bids) {
			counts[n < 5 ? (int) n : n < 10 ? 5 : 6]++;
		}
		List<DashboardView.Bucket> buckets = new ArrayList<>();
		for (int i = 0; i < BUCKETS.length; i++) {
			buckets.add(new DashboardView.Bucket(BUCKETS[i], counts[i]));
		}
		BigDecimal mean = bids.length == 0 ? null
				: BigDecimal.valueOf(Arrays.stream(bids).sum()).divide(BigDecimal.valueOf(bids.length), 2, RoundingMode.HALF_UP);
		return new DashboardView.BidDistribution(buckets, bids.length, mean, median(Arrays.stream(bids).mapToDouble(b -> b).toArray()));
	}

	/** The median of sorted values with two decimals, {@code null} for none. */
	static BigDecimal median(double[] sorted) {
		if (sorted.length == 0) {
			return null;
		}
		int mid = sorted.length / 2;
		double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
		return BigDecimal.valueOf(median).setScale(2, RoundingMode.HALF_UP);
	}

	private Mono<java.util.Optional<BigDecimal>> medianDaysToAward() {
		return this.db.sql("""
				SELECT c.published_at, a.confirmed_at FROM awards a JOIN challenges c ON c.id = a.challenge_id
				WHERE a.status = 'CONFIRMED' AND c.published_at IS NOT NULL""")
			.map(row -> Duration.between(row.get("published_at", OffsetDateTime.class),
					row.get("confirmed_at", OffsetDateTime.class)).toMinutes() / 1440.0)
			.all()
			.sort()
			.collectList()
			.map(days -> java.util.Optional.ofNullable(median(days.stream().mapToDouble(Double::doubleValue).toArray())));
	}

	private Mono<List<RedFlag>> repeatedWinners() {
		return this.db.sql("""
				SELECT d.lab_id, d.lab_name, d.firm_organization_id, o.name AS firm_name, COUNT(*) AS wins
				FROM deliveries d JOIN organizations o ON o.id = d.firm_organization_id
				GROUP BY d.lab_id, d.lab_name, d.firm_organization_id, o.name HAVING COUNT(*) >= 2
				ORDER BY COUNT(*) DESC, d.lab_name""")
			.map(row -> RedFlag.repeatedWinner(row.get("lab_id", UUID.class), row.get("lab_name", String.class),
					row.get("firm_organization_id", UUID.class), row.get("firm_name", String.class),
					((Number) row.get("wins")).longValue()))
			.all()
			.collectList();
	}

	/**
	 * Amended challenges whose bidding window (publication to the amended deadline) is shorter than the
	 * configured minimum, or whose last term-changing amendment left less than the amendment minimum.
	 */
	private Mono<List<RedFlag>> shortWindows() {
		return this.db.sql("""
				SELECT c.id, c.title, c.published_at, c.bid_deadline, COUNT(a.id) AS amendments,
				       MAX(CASE WHEN a.terms_changed THEN a.amended_at END) AS last_terms_change
				FROM challenges c JOIN challenge_amendments a ON a.challenge_id = c.id
				WHERE c.published_at IS NOT NULL AND c.bid_deadline IS NOT NULL
				GROUP BY c.id, c.title, c.published_at, c.bid_deadline ORDER BY c.published_at, c.id""")
			.map(row -> {
				Instant published = row.get("published_at", OffsetDateTime.class).toInstant();
				Instant deadline = row.get("bid_deadline", OffsetDateTime.class).toInstant();
				OffsetDateTime termsChange = row.get("last_terms_change", OffsetDateTime.class);
				Duration window = Duration.between(published, deadline);
				boolean tooShort = window.compareTo(this.rules.minBiddingPeriod()) < 0 || termsChange != null
						&& Duration.between(termsChange.toInstant(), deadline).compareTo(this.rules.amendmentMinPeriod()) < 0;
				double days = Math.round(window.toMinutes() / 144.0) / 10.0;
				return tooShort ? List.of(RedFlag.shortWindow(row.get("id", UUID.class), row.get("title", String.class),
						((Number) row.get("amendments")).longValue(), days)) : List.<RedFlag>of();
			})
			.all()
			.collectList()
			.map(lists -> lists.stream().flatMap(List::stream).toList());
	}

}
