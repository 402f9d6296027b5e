package org.jiebang.search.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;

import org.jiebang.challenge.IndexableChallenge;
import org.postgresql.PGConnection;

/**
 * The PostgreSQL baseline: the same challenges in a bench table loaded with {@code COPY}, a {@code simple}
 * full-text column with a GIN index (which cannot segment Chinese: a run of Han characters is one token) and
 * a {@code pg_trgm} GIN index for {@code ILIKE '%term%'}, queried with the same list as the engine.
 */
final class PgBaseline {

	private static final String COLUMNS = "id, status, chain, type, region, bounty, body";

	private PgBaseline() {
	}

	static Connection connect(String url) throws SQLException {
		Properties props = new Properties();
		props.setProperty("user", env("PGUSER", "postgres"));
		String password = System.getenv("PGPASSWORD");
		if (password != null) {
			props.setProperty("password", password);
		}
		// The driver is called directly: DriverManager does not see drivers of Boot's nested class loader.
		return new org.postgresql.Driver().connect(url, props);
	}

	static Map<String, Object> run(BenchCorpus corpus, EngineBench.Settings s, String url, int trigramQueries)
			throws Exception {
		Map<String, Object> out = new LinkedHashMap<>();
		try (Connection db = connect(url); Statement sql = db.createStatement()) {
			sql.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
			sql.execute("DROP TABLE IF EXISTS bench_challenges");
			sql.execute("CREATE TABLE bench_challenges (id UUID PRIMARY KEY, status VARCHAR(20), chain VARCHAR(40), "
					+ "type VARCHAR(30), region VARCHAR(8), bounty NUMERIC(14,2), body TEXT NOT NULL, "
					+ "tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED)");
			long start = System.nanoTime();
			copy(db, corpus, s.docs());
			out.put("load_s", seconds(start));
			out.put("rows_per_s", Latencies.round(s.docs() / ((System.nanoTime() - start) / 1e9)));
			start = System.nanoTime();
			sql.execute("CREATE INDEX bench_challenges_tsv ON bench_challenges USING GIN (tsv)");
			out.put("fts_index_s", seconds(start));
			start = System.nanoTime();
			sql.execute("CREATE INDEX bench_challenges_trgm ON bench_challenges USING GIN (body gin_trgm_ops)");
			out.put("trgm_index_s", seconds(start));
			sql.execute("ANALYZE bench_challenges");
			try (ResultSet size = sql.executeQuery("SELECT pg_total_relation_size('bench_challenges')")) {
				size.next();
				out.put("table_mb", Latencies.round(size.getLong(1) / 1048576.0));
			}
			sql.execute("SET statement_timeout = '20s'");
			List<BenchQuery> queries = BenchQuery.list(corpus, s.queries());
			EngineBench.Settings once = new EngineBench.Settings(s.docs(), s.queries(), s.probes(), s.rounds(), 1, 0);
			out.put("fts", measure(db, queries, once, PgBaseline::fullText));
			List<BenchQuery> some = queries.subList(0, Math.min(trigramQueries, queries.size()));
			EngineBench.Settings single = new EngineBench.Settings(s.docs(), s.queries(), s.probes(), 1, 1, 0);
			out.put("trgm", measure(db, some, single, PgBaseline::trigram));
		}
		return out;
	}

	private interface Sql {

		PreparedStatement prepare(Connection db, BenchQuery q) throws SQLException;

	}

	private static Map<String, Object> measure(Connection db, List<BenchQuery> queries, EngineBench.Settings s,
			Sql sql) throws Exception {
		Map<String, Object> m = Latencies.measure(1, queries.size() * s.rounds(), i -> {
			try (PreparedStatement statement = sql.prepare(db, queries.get(i % queries.size()));
					ResultSet rows = statement.executeQuery()) {
				return rows.next();
			}
		}).json();
		m.put("queries", queries.size());
		return m;
	}

	/** Top 20 by {@code ts_rank} of the words as a {@code plainto_tsquery} (all words), with the filters. */
	private static PreparedStatement fullText(Connection db, BenchQuery q) throws SQLException {
		List<Object> args = new ArrayList<>(List.of(q.text()));
		String where = filters(q, args);
		PreparedStatement s = db.prepareStatement("SELECT id FROM bench_challenges, plainto_tsquery('simple', ?) q "
				+ "WHERE tsv @@ q" + where + " ORDER BY ts_rank(tsv, q) DESC LIMIT 20");
		bind(s, args);
		return s;
	}

	/** Every word as a substring ({@code ILIKE '%word%'}), first 20, with the filters. */
	private static PreparedStatement trigram(Connection db, BenchQuery q) throws SQLException {
		List<Object> args = new ArrayList<>();
		StringJoiner like = new StringJoiner(" AND ");
		for (String word : q.text().split("\\s+")) {
			like.add("body ILIKE ?");
			args.add("%" + word.replace("%", "\\%").replace("_", "\\_") + "%");
		}
		String where = filters(q, args);
		PreparedStatement s = db.prepareStatement("SELECT id FROM bench_challenges WHERE " + like + where + " LIMIT 20");
		bind(s, args);
		return s;
	}

	private static String filters(BenchQuery q, List<Object> args) {
		StringBuilder where = new StringBuilder();
		filter(where, args, "chain = ?", q.chain());
		filter(where, args, "type = ?", q.type());
		filter(where, args, "status = ?", q.status());
		if (!q.regions().isEmpty()) {
			where.append(" AND region IN (?, ?)");
			args.add(q.regions().get(0));
			args.add(q.regions().get(q.regions().size() - 1));
		}
		if (q.bountyMinYuan() != null) {
			where.append(" AND bounty >= ?");
			args.add(new java.math.BigDecimal(q.bountyMinYuan()));
		}
		return where.toString();
	}

	private static void filter(StringBuilder where, List<Object> args, String condition, String value) {
		if (value != null) {
			where.append(" AND ").append(condition);
			args.add(value);
		}
	}

	private static void bind(PreparedStatement s, List<Object> args) throws SQLException {
		for (int i = 0; i < args.size(); i++) {
			s.setObject(i + 1, args.get(i));
		}
	}

	private static void copy(Connection db, BenchCorpus corpus, int docs) throws Exception {
		var api = db.unwrap(PGConnection.class).getCopyAPI();
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < docs; i++) {
			IndexableChallenge c = corpus.challenge(1, i);
			String body = String.join(" ", c.title(), c.summary(), c.description(),
					String.join(" ", c.requiredCapabilities()));
			Tsv.row(rows, c.id(), c.status().name(), c.industryChain(), c.challengeType().name(), c.province(),
					c.bounty(), body);
			if (rows.length() > 4_000_000 || i == docs - 1) {
				api.copyIn("COPY bench_challenges (" + COLUMNS + ") FROM STDIN", new StringReader(rows.toString()));
				rows.setLength(0);
			}
		}
	}

	private static double seconds(long start) {
		return Latencies.round((System.nanoTime() - start) / 1e9);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
