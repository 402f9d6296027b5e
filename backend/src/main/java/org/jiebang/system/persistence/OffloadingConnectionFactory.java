package org.jiebang.system.persistence;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Runs every call of a blocking R2DBC driver (H2's, which reads and writes files on the calling thread)
 * on a bounded scheduler, so that no database work happens on a Netty event-loop thread.
 */
final class OffloadingConnectionFactory implements ConnectionFactory, Wrapped<ConnectionFactory> {

	private final ConnectionFactory delegate;

	private final Scheduler scheduler;

	OffloadingConnectionFactory(ConnectionFactory delegate, Scheduler scheduler) {
		this.delegate = delegate;
		this.scheduler = scheduler;
	}

	@Override
	public Publisher<? extends Connection> create() {
		return Mono.from(this.delegate.create()).subscribeOn(this.scheduler).map(OffloadingConnection::new);
	}

	@Override
	public ConnectionFactoryMetadata getMetadata() {
		return this.delegate.getMetadata();
	}

	@Override
	public ConnectionFactory unwrap() {
		return this.delegate;
	}

	private <T> Mono<T> offload(Publisher<T> publisher) {
		return Mono.from(publisher).subscribeOn(this.scheduler);
	}

	private <T> Flux<T> offloadMany(Publisher<T> publisher) {
		return Flux.from(publisher).subscribeOn(this.scheduler);
	}

	private final class OffloadingConnection implements Connection, Wrapped<Connection> {

		private final Connection connection;

		OffloadingConnection(Connection connection) {
			this.connection = connection;
		}

		@Override
		public Publisher<Void> beginTransaction() {
			return offload(this.connection.beginTransaction());
		}

		@Override
		public Publisher<Void> beginTransaction(TransactionDefinition definition) {
			return offload(this.connection.beginTransaction(definition));
		}

		@Override
		public Publisher<Void> close() {
			return offload(this.connection.close());
		}

		@Override
		public Publisher<Void> commitTransaction() {
			return offload(this.connection.commitTransaction());
		}

		@Override
		public Batch createBatch() {
			return new OffloadingBatch(this.connection.createBatch());
		}

		@Override
		public Publisher<Void> createSavepoint(String name) {
			return offload(this.connection.createSavepoint(name));
		}

		@Override
		public Statement createStatement(String sql) {
			return new OffloadingStatement(this.connection.createStatement(sql));
		}

		@Override
		public boolean isAutoCommit() {
			return this.connection.isAutoCommit();
		}

		@Override
		public ConnectionMetadata getMetadata() {
			return this.connection.getMetadata();
		}

		@Override
		public IsolationLevel getTransactionIsolationLevel() {
			return this.connection.getTransactionIsolationLevel();
		}

		@Override
		public Publisher<Void> releaseSavepoint(String name) {
			return offload(this.connection.releaseSavepoint(name));
		}

		@Override
		public Publisher<Void> rollbackTransaction() {
			return offload(this.connection.rollbackTransaction());
		}

		@Override
		public Publisher<Void> rollbackTransactionToSavepoint(String name) {
			return offload(this.connection.rollbackTransactionToSavepoint(name));
		}

		@Override
		public Publisher<Void> setAutoCommit(boolean autoCommit) {
			return offload(this.connection.setAutoCommit(autoCommit));
		}

		@Override
		public Publisher<Void> setLockWaitTimeout(Duration timeout) {
			return offload(this.connection.setLockWaitTimeout(timeout));
		}

		@Override
		public Publisher<Void> setStatementTimeout(Duration timeout) {
			return offload(this.connection.setStatementTimeout(timeout));
		}

		@Override
		public Publisher<Void> setTransactionIsolationLevel(IsolationLevel level) {
			return offload(this.connection.setTransactionIsolationLevel(level));
		}

		@Override
		public Publisher<Boolean> validate(ValidationDepth depth) {
			return offload(this.connection.validate(depth));
		}

		@Override
		public Connection unwrap() {
			return this.connection;
		}

	}

	private final class OffloadingStatement implements Statement {

		private final Statement statement;

		OffloadingStatement(Statement statement) {
			this.statement = statement;
		}

		@Override
		public Statement add() {
			this.statement.add();
			return this;
		}

		@Override
		public Statement bind(int index, Object value) {
			this.statement.bind(index, value);
			return this;
		}

		@Override
		public Statement bind(String name, Object value) {
			this.statement.bind(name, value);
			return this;
		}

		@Override
		public Statement bindNull(int index, Class<?> type) {
			this.statement.bindNull(index, type);
			return this;
		}

		@Override
		public Statement bindNull(String name, Class<?> type) {
			this.statement.bindNull(name, type);
			return this;
		}

		@Override
		public Statement returnGeneratedValues(String... columns) {
			this.statement.returnGeneratedValues(columns);
			return this;
		}

		@Override
		public Statement fetchSize(int rows) {
			this.statement.fetchSize(rows);
			return this;
		}

		@Override
		public Publisher<? extends Result> execute() {
			return offloadMany(this.statement.execute()).map(OffloadingResult::new);
		}

	}

	private final class OffloadingBatch implements Batch {

		private final Batch batch;

		OffloadingBatch(Batch batch) {
			this.batch = batch;
		}

		@Override
		public Batch add(String sql) {
			this.batch.add(sql);
			return this;
		}

		@Override
		public Publisher<? extends Result> execute() {
			return offloadMany(this.batch.execute()).map(OffloadingResult::new);
		}

	}

	private final class OffloadingResult implements Result {

		private final Result result;

		OffloadingResult(Result result) {
			this.result = result;
		}

		@Override
		public Publisher<Long> getRowsUpdated() {
			return offloadMany(this.result.getRowsUpdated());
		}

		@Override
		public <T> Publisher<T> map(BiFunction<Row, RowMetadata, ? extends T> mapping) {
			return offloadMany(this.result.map(mapping));
		}

		@Override
		public <T> Publisher<T> map(Function<? super Readable, ? extends T> mapping) {
			return offloadMany(this.result.map(mapping));
		}

		@Override
		public Result filter(Predicate<Result.Segment> predicate) {
			return new OffloadingResult(this.result.filter(predicate));
		}

		@Override
		public <T> Publisher<T> flatMap(Function<Result.Segment, ? extends Publisher<? extends T>> mapping) {
			return offloadMany(this.result.flatMap(mapping));
		}

	}

}
