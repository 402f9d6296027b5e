package org.jiebang.stats;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;

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
		return Mono.zip(challenges, bounty, labs, organizations)
			.map(t -> new PublicStats(t.getT1()[0], t.getT1()[1], t.getT1()[2], t.getT3(), t.getT4(),
					t.getT2().setScale(2)));
	}

	private Mono<Long> count(String sql) {
		return this.db.sql(sql).map((row, meta) -> row.get("n", Long.class)).one();
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

}
