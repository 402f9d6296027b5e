package org.jiebang.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the PostgreSQL test suites run against: a Testcontainers container where a Docker
 * engine exists, otherwise the server named by the libpq environment variables ({@code PGHOST},
 * {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD}). Each test JVM gets a fresh database on it.
 */
public final class PostgresTestDatabase {

	private static volatile Connection details;

	private PostgresTestDatabase() {
	}

	/**
	 * Where the test database lives.
	 *
	 * @param host server host
	 * @param port server port
	 * @param database the fresh database
	 * @param user user name
	 * @param password password
	 */
	public record Connection(String host, int port, String database, String user, String password) {

		public String jdbcUrl() {
			return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + this.database;
		}

		public String r2dbcUrl() {
			return "r2dbc:postgresql://" + this.host + ":" + this.port + "/" + this.database;
		}

		public Map<String, String> springProperties() {
			return Map.of("spring.r2dbc.url", r2dbcUrl(), "spring.r2dbc.username", this.user,
					"spring.r2dbc.password", this.password, "spring.flyway.url", jdbcUrl(), "spring.flyway.user",
					this.user, "spring.flyway.password", this.password);
		}

	}

	/** Whether PostgreSQL tests must run: on CI an unreachable server is a failure, not a skip. */
	public static boolean required() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	public static boolean configured() {
		return System.getenv("PGHOST") != null || dockerAvailable();
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	public static synchronized Connection get() {
		if (details == null) {
			details = create();
		}
		return details;
	}

	private static Connection create() {
		String host;
		int port;
		String user;
		String password;
		if (System.getenv("PGHOST") == null && dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
			container.start();
			host = container.getHost();
			port = container.getMappedPort(5432);
			user = container.getUsername();
			password = container.getPassword();
		}
		else {
			host = env("PGHOST", "127.0.0.1");
			port = Integer.parseInt(env("PGPORT", "5432"));
			user = env("PGUSER", "postgres");
			password = env("PGPASSWORD", "");
		}
		String database = "jiebang_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
			.toLowerCase(Locale.ROOT);
		String admin = "jdbc:postgresql://" + host + ":" + port + "/" + env("PGDATABASE", "postgres");
		execute(admin, user, password, "CREATE DATABASE " + database);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> dropQuietly(admin, user, password, database), "drop-test-database"));
		return new Connection(host, port, database, user, password);
	}

	private static void dropQuietly(String admin, String user, String password, String database) {
		try {
			execute(admin, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
		catch (IllegalStateException ex) {
			// best effort: a leftover test database does no harm
		}
	}

	private static void execute(String url, String user, String password, String sql) {
		try (java.sql.Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + url + " is not usable for tests: " + ex.getMessage(),
					ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
