package org.jiebang.system.persistence;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Points R2DBC and Flyway at an H2 file database under the data folder unless a database is configured.
 *
 * <p>The same file is opened by Flyway (JDBC) and the application (R2DBC) in one JVM, which H2 allows.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	public static final String SOURCE_NAME = "jiebangEmbeddedDatabase";

	static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
			+ ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.r2dbc.url"))) {
			return;
		}
		Map<String, Object> props = new HashMap<>(
				properties(Path.of(environment.getProperty("jiebang.data-dir", "./data"))));
		if (StringUtils.hasText(environment.getProperty("spring.flyway.url"))) {
			props.keySet().removeIf(key -> key.startsWith("spring.flyway."));
		}
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, props));
	}

	/** The R2DBC and Flyway settings of the H2 database file under a data folder. */
	public static Map<String, Object> properties(Path dataDir) {
		String file = dataDir.toAbsolutePath().normalize().resolve("db").resolve("jiebang").toString().replace('\\', '/');
		// r2dbc-h2 drops the first slash of the path, so an absolute path needs one more.
		return Map.of("spring.r2dbc.url", "r2dbc:h2:file:///" + file + H2_OPTIONS, "spring.r2dbc.username", "sa",
				"spring.r2dbc.password", "", "spring.flyway.url", "jdbc:h2:file:" + file + H2_OPTIONS,
				"spring.flyway.user", "sa", "spring.flyway.password", "");
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
