package org.jiebang.cluster;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Assumptions;

/**
 * The running cluster under test: two instances and the load balancer in front of them, named by the
 * system properties {@code jiebang.cluster.a}, {@code .b}, {@code .lb} or the environment variables
 * {@code JIEBANG_CLUSTER_A}, {@code _B}, {@code _LB} (e.g. http://127.0.0.1:8081, :8082, :8088, as
 * {@code deploy/local-cluster.sh} starts them). Without them the cluster tests are skipped.
 */
final class ClusterTargets {

	static final String A = target("a");

	static final String B = target("b");

	static final String LB = target("lb");

	private ClusterTargets() {
	}

	/** Skips the tests without targets; with the Maven profile "cluster" (which requires them), fails. */
	static void assumeConfigured() {
		boolean configured = A != null && B != null && LB != null;
		String message = "cluster tests need JIEBANG_CLUSTER_A, JIEBANG_CLUSTER_B and JIEBANG_CLUSTER_LB (see deploy/README.md)";
		if (!configured && Boolean.getBoolean("jiebang.cluster.required")) {
			throw new IllegalStateException(message);
		}
		Assumptions.assumeTrue(configured, message);
	}

	/** A client address of the TEST-NET ranges, so throttling by address never hits a real one. */
	static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198.51." + random.nextInt(100, 200) + "." + random.nextInt(1, 255);
	}

	/** The cluster's database, read directly by the tests that check what it holds. */
	static io.r2dbc.postgresql.PostgresqlConnectionFactory database() {
		return new io.r2dbc.postgresql.PostgresqlConnectionFactory(io.r2dbc.postgresql.PostgresqlConnectionConfiguration
			.builder()
			.host(env("JIEBANG_CLUSTER_PGHOST", env("PGHOST", "127.0.0.1")))
			.port(Integer.parseInt(env("JIEBANG_CLUSTER_PGPORT", env("PGPORT", "5432"))))
			.username(env("JIEBANG_CLUSTER_DB_USER", "jiebang"))
			.password(env("JIEBANG_CLUSTER_DB_PASSWORD", ""))
			.database(env("JIEBANG_CLUSTER_DB", "jiebang"))
			.build());
	}

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	private static String target(String name) {
		String value = System.getProperty("jiebang.cluster." + name);
		if (value == null || value.isBlank()) {
			value = System.getenv("JIEBANG_CLUSTER_" + name.toUpperCase());
		}
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
	}

}
