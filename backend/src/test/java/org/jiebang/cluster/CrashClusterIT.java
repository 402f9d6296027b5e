package org.jiebang.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.jiebang.cluster.ClusterTargets.A;
import static org.jiebang.cluster.ClusterTargets.B;
import static org.jiebang.cluster.ClusterTargets.LB;

/**
 * Crash: instance A is killed with {@code kill -9} during a burst of 500 writes through the load balancer,
 * then started again by {@code deploy/local-cluster.sh start}. Afterwards the database, A's index and B's
 * index agree exactly, and every write answered 2xx is there.
 */
@Tag("cluster")
class CrashClusterIT {

	private static final int WRITES = 500;

	private static final int KILL_AFTER = 150;

	@BeforeAll
	static void cluster() {
		ClusterTargets.assumeConfigured();
	}

	@Test
	void killingAnInstanceMidBurstLosesNoAcknowledgedWriteAndTheIndexesAgree() throws Exception {
		Path root = repository();
		Path run = Path.of(ClusterTargets.env("JIEBANG_CLUSTER_RUN", root.resolve("deploy/local-cluster/run").toString()));
		Path pidFile = run.resolve("a").resolve("app.pid");
		assertThat(pidFile).as("instance A must be started by deploy/local-cluster.sh").exists();

		String marker = ClusterLabs.marker("crash");
		Browser firm = new Browser().login(LB, "demo-firm", "Jiebang#Firm2026");
		Browser admin = new Browser().login(LB, "demo-admin", "Jiebang#Admin2026");
		AtomicInteger writes = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		Set<String> published = new ConcurrentSkipListSet<>();
		Set<String> created = new ConcurrentSkipListSet<>();
		ExecutorService workers = Executors.newFixedThreadPool(6);
		for (int w = 0; w < 6; w++) {
			workers.submit(() -> {
				while (writes.get() < WRITES) {
					Instant deadline = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
					writes.incrementAndGet();
					Browser.Response draft = firm.post(LB, "/api/challenges", challenge(marker, deadline));
					if (draft.code() != 201) {
						failures.incrementAndGet();
						continue;
					}
					String id = draft.string("id");
					created.add(id);
					writes.incrementAndGet();
					if (firm.post(LB, "/api/challenges/" + id + "/submit", null).code() != 200) {
						failures.incrementAndGet();
						continue;
					}
					writes.incrementAndGet();
					if (admin.post(LB, "/api/admin/challenges/" + id + "/approve", null).code() == 200) {
						published.add(id);
					}
					else {
						failures.incrementAndGet();
					}
				}
				return null;
			});
		}
		await().atMost(Duration.ofMinutes(3)).until(() -> writes.get() >= KILL_AFTER);
		String pid = Files.readString(pidFile, StandardCharsets.UTF_8).strip();
		assertThat(new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor()).isZero();
		workers.shutdown();
		assertThat(workers.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
		System.out.printf("crash: %d writes through the load balancer, %d not 2xx, %d challenges published%n",
				writes.get(), failures.get(), published.size());

		Process restart = new ProcessBuilder("bash", root.resolve("deploy/local-cluster.sh").toString(), "start")
			.inheritIO()
			.start();
		assertThat(restart.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(restart.exitValue()).isZero();

		Set<String> database = publishedInDatabase(marker);
		assertThat(database).containsAll(published);
		Browser adminA = new Browser().login(A, "demo-admin", "Jiebang#Admin2026");
		Browser adminB = new Browser().login(B, "demo-admin", "Jiebang#Admin2026");
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			assertThat(searched(A, marker)).as("A's index").isEqualTo(database);
			assertThat(searched(B, marker)).as("B's index").isEqualTo(database);
			Map<String, Object> documentsA = documents(adminA, A);
			Map<String, Object> documentsB = documents(adminB, B);
			assertThat(documentsA).isEqualTo(documentsB);
			assertThat(((Number) documentsA.get("challenges")).longValue()).isEqualTo(publicChallenges());
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> documents(Browser admin, String instance) {
		Browser.Response status = admin.get(instance, "/api/admin/search/status");
		assertThat(status.code()).as("%s", status).isEqualTo(200);
		return (Map<String, Object>) status.json().get("documents");
	}

	@SuppressWarnings("unchecked")
	private static Set<String> searched(String instance, String marker) {
		Set<String> ids = new TreeSet<>();
		Browser visitor = new Browser();
		for (int page = 1; page <= 10; page++) {
			Browser.Response response = visitor.get(instance,
					"/api/search/challenges?status=PUBLISHED&size=100&page=" + page + "&q=" + marker);
			assertThat(response.code()).as("%s", response).isEqualTo(200);
			List<Object> items = response.items();
			for (Object item : items) {
				ids.add((String) ((Map<String, Object>) ((Map<String, Object>) item).get("challenge")).get("id"));
			}
			if (items.size() < 100) {
				break;
			}
		}
		return ids;
	}

	private static Set<String> publishedInDatabase(String marker) {
		return query("SELECT id::text AS id FROM challenges WHERE status = 'PUBLISHED' AND title LIKE '%" + marker + "%'");
	}

	private static long publicChallenges() {
		return Long.parseLong(query("SELECT COUNT(*)::text AS id FROM challenges WHERE status IN ('PUBLISHED','CLOSED',"
				+ "'AWARD_PROPOSED','AWARDED','IN_DELIVERY','COMPLETED','TERMINATED','UNAWARDED','CANCELLED')")
			.iterator()
			.next());
	}

	private static Set<String> query(String sql) {
		PostgresqlConnectionFactory database = ClusterTargets.database();
		return Mono.usingWhen(database.create(),
				connection -> connection.createStatement(sql)
					.execute()
					.flatMap(result -> result.map((row, meta) -> row.get("id", String.class)))
					.collect(TreeSet<String>::new, Set::add),
				PostgresqlConnection::close)
			.block(Duration.ofSeconds(30));
	}

	private static Path repository() throws IOException {
		Path here = Path.of("").toAbsolutePath();
		while (here != null && !Files.isRegularFile(here.resolve("deploy/local-cluster.sh"))) {
			here = here.getParent();
		}
		if (here == null) {
			throw new IOException("deploy/local-cluster.sh not found above " + Path.of("").toAbsolutePath());
		}
		return here;
	}

	private static String challenge(String marker, Instant deadline) {
		return """
				{"title":"崩溃测试 %s","summary":"多实例崩溃一致性测试","description":"## 背景\\n集群测试",
				 "technicalIndicators":[{"name":"阈值漂移","target":"≤ 0.1","unit":"V"}],
				 "requiredCapabilities":["SiC MOSFET"],"industryChain":"INTEGRATED_CIRCUITS","challengeType":"KEY_CORE",
				 "bounty":"100000.00","bidDeadline":"%s","deliveryMonths":12,
				 "eligibility":{"text":"高校院所","organizationTypes":["UNIVERSITY","INSTITUTE","ENTERPRISE"],"regions":[]},
				 "ipTerms":"JOINT","province":"GD","city":"深圳市","contactName":"张工","contactPhone":"0755-1234567"}
				""".formatted(marker, deadline);
	}

}
