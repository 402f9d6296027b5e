package org.jiebang.support;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application under test at the PostgreSQL test database. */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>(PostgresTestDatabase.get().springProperties());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", properties));
	}

}
