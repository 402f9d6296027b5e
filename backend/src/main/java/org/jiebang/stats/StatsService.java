package org.jiebang.stats;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/** Read-only figures over the whole database, for the home page and the dashboard. */
@Service
public class StatsService {

	private final DatabaseClient db;

	private final Clock clock;

	StatsService(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	public Mono<PublicStats> publicStats() {
		Mono<long[]> challenges = this.db.sql("""
				SELECT
				  SUM(CASE WHEN status IN ('PUBLISHED','CLOSED','AWARD_PROPOSED','AWARDED','IN_DELIVERY','COMPLETED',
				      'TERMINATED','UNAWARDED') THEN 1 ELSE 0 END) AS published,
				  SUM(CASE WHEN status = 'PUBLISHED' AND bid_deadline > :now THEN 1 ELSE 0 END) AS open,
				  SUM(CASE WHEN status IN ('AWARDED','IN_DELIVERY','COMPLETED','TERMINATED') THEN 1 ELSE 0 END)
				      AS awarded
				FROM challenges""")
			.bind("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.map((row, meta) -> new long[] { number(row.get("published")), number(row.get("open")),
					number(row.get("awarded")) })
			.one();
		Mono<BigDecimal> bounty = this.db
			.sql("SELECT COALESCE(SUM(bounty), 0) AS total FROM challenges WHERE status = 'PUBLISHED' AND bid_deadline > :now")
			.bind("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.map((row, meta) -> row.get("total", BigDecimal.class))
			.one();
		Mono<Long> labs = count("SELECT COUNT(*) AS n FROM labs");
		Mono<Long> organizations = count("SELECT COUNT(*) AS n FROM organizations");
		Mono<BigDecimal> awarded = this.db
			.sql("SELECT COALESCE(SUM(amount), 0) AS total FROM awards WHERE status = 'CONFIRMED'")
			.map((row, meta) -> row.get("total", BigDecimal.class))
			.one();
		Mono<Long> completed = count("SELECT COUNT(*) AS n FROM challenges WHERE status = 'COMPLETED'");
		Mono<Long> results = count("SELECT COUNT(*) AS n FROM delivery_results");
		return Mono.zip(challenges, bounty, labs, organizations, byChain(), awarded, completed, results)
			.map(t -> new PublicStats(t.getT1()[0], t.getT1()[1], t.getT1()[2], t.getT3(), t.getT4(),
					t.getT2().setScale(2), t.getT5(), t.getT6().setScale(2), t.getT7(), t.getT8()));
	}

	/** Published challenges (any public state) per industry chain, most first. */
	public Mono<List<ChainCount>> byChain() {
		return this.db.sql("""
				SELECT industry_chain, COUNT(*) AS n, COALESCE(SUM(bounty), 0) AS bounty FROM challenges
				WHERE published_at IS NOT NULL AND industry_chain IS NOT NULL AND status IN ('PUBLISHED', 'CLOSED',
				    'AWARD_PROPOSED', 'AWARDED', 'IN_DELIVERY', 'COMPLETED', 'TERMINATED', 'UNAWARDED')
				GROUP BY industry_chain ORDER BY COUNT(*) DESC, industry_chain""")
			.map((row, meta) -> new ChainCount(row.get("industry_chain", String.class), number(row.get("n")),
					row.get("bounty", BigDecimal.class).setScale(2)))
			.all()
			.collectList();
	}

	private Mono<Long> count(String sql) {
		return this.db.sql(sql).map((row, meta) -> row.get("n", Long.class)).one();
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

}
