package org.jiebang.search;

import java.time.Duration;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, wakes the index writer as soon as a change commits: one connection LISTENs on the outbox
 * channel (transactions NOTIFY it on commit, see {@link SearchOutbox#changed}). When the connection is lost
 * it reconnects with back-off; polling covers the gap meanwhile.
 */
@Component
class OutboxNotifications implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(OutboxNotifications.class);

	private final ConnectionFactory connections;

	private final SearchOutbox outbox;

	private final SearchIndex index;

	private volatile Disposable listening;

	OutboxNotifications(ConnectionFactory connections, SearchOutbox outbox, SearchIndex index) {
		this.connections = connections;
		this.outbox = outbox;
		this.index = index;
	}

	@Override
	public synchronized void start() {
		if (!this.outbox.isPostgres() || this.listening != null) {
			return;
		}
		this.listening = Flux.usingWhen(Mono.from(this.connections.create()), this::listen, Connection::close)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(10)))
			.subscribe(notification -> this.index.nudge(),
					ex -> logger.warn("Stopped listening for search outbox notifications", ex));
	}

	private Flux<Object> listen(Connection pooled) {
		Connection connection = pooled;
		while (!(connection instanceof PostgresqlConnection) && connection instanceof Wrapped<?> wrapped
				&& wrapped.unwrap() instanceof Connection inner) {
			connection = inner;
		}
		if (!(connection instanceof PostgresqlConnection postgres)) {
			return Flux.error(new IllegalStateException("Not a PostgreSQL connection: " + pooled.getClass()));
		}
		return postgres.createStatement("LISTEN " + SearchOutbox.CHANNEL)
			.execute()
			.flatMap(result -> result.getRowsUpdated())
			.thenMany(postgres.getNotifications().map(notification -> (Object) notification))
			.doOnSubscribe(s -> logger.info("Listening for search outbox notifications"));
	}

	@Override
	public synchronized void stop() {
		Disposable running = this.listening;
		this.listening = null;
		if (running != null) {
			running.dispose();
		}
	}

	@Override
	public boolean isRunning() {
		return this.listening != null;
	}

}
