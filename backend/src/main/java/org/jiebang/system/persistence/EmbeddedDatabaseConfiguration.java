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
		// A transaction waiting for a row lock holds its thread: at least one thread per pooled connection,
		// or lock waits starve the threads that would release the locks.
		return Schedulers.newBoundedElastic(Math.max(32, Runtime.getRuntime().availableProcessors() * 4), 10_000,
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
