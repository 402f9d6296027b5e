package org.jiebang.seed;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jiebang.system.config.JiebangProperties;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo data into an empty database on first start, unless {@code JIEBANG_SEED=false}. */
@Component
@Order(20)
class SeedRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedRunner.class);

	private final JiebangProperties.Seed settings;

	private final DemoDataLoader loader;

	SeedRunner(JiebangProperties properties, DemoDataLoader loader) {
		this.settings = properties.seed();
		this.loader = loader;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.settings.enabled() || !this.settings.demo()) {
			log.info("Demo data loading is off");
			return;
		}
		// Start-up runs on the main thread, before the application reports ready: waiting here is intended.
		Boolean loaded = this.loader.loadIfEmpty().block(Duration.ofMinutes(5));
		if (Boolean.TRUE.equals(loaded)) {
			log.info("Loaded the demo data set");
		}
	}

}
