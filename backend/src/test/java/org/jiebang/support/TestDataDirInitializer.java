package org.jiebang.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.jiebang.system.persistence.EmbeddedDatabaseEnvironmentPostProcessor;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives every test application context a data folder of its own (database file, index, keys). */
public class TestDataDirInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		try {
			Path dir = Files.createTempDirectory("jiebang-test-");
			Map<String, Object> properties = new HashMap<>(EmbeddedDatabaseEnvironmentPostProcessor.properties(dir));
			// Just above the defaults for ./data, below everything else: PostgreSQL suites override the
			// database settings with their own.
			var sources = context.getEnvironment().getPropertySources();
			MapPropertySource source = new MapPropertySource("testDataDir", properties);
			if (sources.contains(EmbeddedDatabaseEnvironmentPostProcessor.SOURCE_NAME)) {
				sources.addBefore(EmbeddedDatabaseEnvironmentPostProcessor.SOURCE_NAME, source);
			}
			else {
				sources.addLast(source);
			}
			// The data folder itself must win over application.yml's ${JIEBANG_DATA_DIR:./data}: contexts
			// never share a search index or attachment folder.
			sources.addFirst(new MapPropertySource("testDataDirFolder", Map.of("jiebang.data-dir", dir.toString())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
