package org.jiebang.search.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.IndexableChallenge;
import org.jiebang.lab.LabProfileView;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk-loads the corpus into the application's own {@code challenges} and {@code labs} tables with
 * {@code COPY} (owned by the demo firm and the demo universities, JSON lists as text as the application
 * stores them), and writes the ids and queries the HTTP load uses.
 */
final class AppLoader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CHALLENGE_COLUMNS = "id, organization_id, created_by, status, title, summary, "
			+ "description, technical_indicators, required_capabilities, industry_chain, tech_fields, challenge_type, "
			+ "bounty, bid_deadline, delivery_months, eligibility_text, eligible_org_types, eligible_regions, ip_terms, "
			+ "province, city, contact_name, contact_phone, contact_email, cancel_reason, submitted_at, published_at, "
			+ "closed_at, cancelled_at, created_at, updated_at";

	private static final String LAB_COLUMNS = "id, organization_id, name, leader, summary, research_fields, keywords, "
			+ "capabilities, achievements, facilities, team_size, province, city, invitation_code, created_at, updated_at";

	private AppLoader() {
	}

	/** Loads {@code docs} challenges and labs; writes {@code ids} in the format of {@code mixed.lua}. */
	static Map<String, Object> load(BenchCorpus corpus, int docs, int queries, String url, Path ids)
			throws Exception {
		Map<String, Object> out = new LinkedHashMap<>();
		long start = System.nanoTime();
		List<String> published = new ArrayList<>();
		try (Connection db = PgBaseline.connect(url)) {
			UUID[] firm = firm(db);
			List<UUID> labOrganizations = labOrganizations(db);
			CopyManager copy = db.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
			StringBuilder challenges = new StringBuilder();
			StringBuilder labs = new StringBuilder();
			for (int i = 0; i < docs; i++) {
				IndexableChallenge c = corpus.challenge(1, i);
				challengeRow(challenges, c, firm);
				if (c.status() == ChallengeStatus.PUBLISHED && published.size() < 500) {
					published.add(c.id().toString());
				}
				LabProfileView lab = corpus.lab(2, i);
				Tsv.row(labs, lab.id(), labOrganizations.get(i % labOrganizations.size()), lab.name(), lab.leader(),
						lab.summary(), json(lab.researchFields()), json(lab.keywords()), lab.capabilities(),
						lab.achievements(), lab.facilities(), lab.teamSize(), lab.province(), lab.city(),
						String.format("BENCH%011d", i), lab.updatedAt(), lab.updatedAt());
				if (challenges.length() > 4_000_000 || i == docs - 1) {
					copy.copyIn("COPY challenges (" + CHALLENGE_COLUMNS + ") FROM STDIN",
							new StringReader(challenges.toString()));
					copy.copyIn("COPY labs (" + LAB_COLUMNS + ") FROM STDIN", new StringReader(labs.toString()));
					challenges.setLength(0);
					labs.setLength(0);
				}
			}
			try (Statement sql = db.createStatement()) {
				// As autovacuum would after a bulk load: statistics, and the visibility map that lets counts
				// run as index-only scans.
				sql.execute("VACUUM ANALYZE challenges");
				sql.execute("VACUUM ANALYZE labs");
			}
		}
		out.put("load_s", Latencies.round((System.nanoTime() - start) / 1e9));
		writeIds(ids, published, BenchQuery.list(corpus, queries));
		return out;
	}

	private static void challengeRow(StringBuilder out, IndexableChallenge c, UUID[] firm) {
		Instant published = c.publishedAt();
		boolean cancelled = c.status() == ChallengeStatus.CANCELLED;
		Tsv.row(out, c.id(), firm[1], firm[0], c.status().name(), c.title(), c.summary(), c.description(),
				json(c.technicalIndicators()), json(c.requiredCapabilities()), c.industryChain(), json(c.techFields()),
				c.challengeType().name(), c.bounty(), c.bidDeadline(), 12 + (int) Math.floorMod(c.id().getLeastSignificantBits(), 24L),
				"面向高校、科研院所及企业研发团队。", "[\"UNIVERSITY\",\"INSTITUTE\",\"ENTERPRISE\"]", "[]", "JOINT",
				c.province(), c.city(), "联系人", "010-00000000", "bench@example.com", cancelled ? "基准测试数据" : null,
				published.minusSeconds(86400), published,
				c.status() == ChallengeStatus.CLOSED ? c.bidDeadline() : null, cancelled ? c.bidDeadline() : null,
				published.minusSeconds(172800), published);
	}

	/** The demo firm user and its organization (any firm user when the demo one is missing). */
	private static UUID[] firm(Connection db) throws SQLException {
		try (Statement sql = db.createStatement();
				ResultSet row = sql.executeQuery("SELECT id, organization_id FROM users WHERE role = 'FIRM' "
						+ "ORDER BY username = 'demo-firm' DESC, username LIMIT 1")) {
			if (!row.next()) {
				throw new IllegalStateException("no firm user in the database: start the application with JIEBANG_SEED=true first");
			}
			return new UUID[] { row.getObject(1, UUID.class), row.getObject(2, UUID.class) };
		}
	}

	private static List<UUID> labOrganizations(Connection db) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		try (Statement sql = db.createStatement();
				ResultSet rows = sql.executeQuery("SELECT id FROM organizations "
						+ "WHERE type IN ('UNIVERSITY', 'INSTITUTE') ORDER BY name")) {
			while (rows.next()) {
				ids.add(rows.getObject(1, UUID.class));
			}
		}
		if (ids.isEmpty()) {
			throw new IllegalStateException("no university or institute in the database (demo data missing)");
		}
		return ids;
	}

	private static void writeIds(Path ids, List<String> challenges, List<BenchQuery> queries) throws IOException {
		try (Writer w = Files.newBufferedWriter(ids, StandardCharsets.UTF_8)) {
			for (String id : challenges) {
				w.write("challenge " + id + "\n");
			}
			for (BenchQuery q : queries) {
				w.write("query " + q.text() + "\n");
			}
		}
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
