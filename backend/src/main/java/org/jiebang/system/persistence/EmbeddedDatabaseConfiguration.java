package org.jiebang.system.persistence;

import io.r2dbc.spi.ConnectionFactory;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.r2dbc.ConnectionFactoryDecorator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps the embedded H2 driver, which does blocking file I/O, off the event loop. */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "dispose")
	Scheduler embeddedDatabaseScheduler() {
		return Schedulers.newBoundedElastic(Math.max(4, Runtime.getRuntime().availableProcessors() * 4), 10_000,
				"h2-io", 60, true);
	}

	@Bean
	ConnectionFactoryDecorator embeddedDatabaseOffloading(Scheduler embeddedDatabaseScheduler) {
		return (ConnectionFactory factory) -> isH2(factory)
				? new OffloadingConnectionFactory(factory, embeddedDatabaseScheduler) : factory;
	}

	private static boolean isH2(ConnectionFactory factory) {
		return factory.getMetadata().getName().toLowerCase(java.util.Locale.ROOT).contains("h2");
	}

}
