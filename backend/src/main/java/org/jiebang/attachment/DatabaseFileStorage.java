package org.jiebang.attachment;

import java.time.Duration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Keeps files in the database as numbered chunks ({@code attachment_chunks}); reads fetch one chunk at a
 * time, so neither direction holds more than a chunk in memory.
 */
final class DatabaseFileStorage implements FileStorage {

	private static final Duration CANCEL_SWEEP_DELAY = Duration.ofSeconds(5);

	private final DatabaseClient db;

	private final int chunkSize;

	DatabaseFileStorage(DatabaseClient db, int chunkSize) {
		this.db = db;
		this.chunkSize = chunkSize;
	}

	@Override
	public Mono<Long> write(String key, Flux<DataBuffer> content) {
		StorageKeys.check(key);
		Mono<Long> written = Mono.defer(() -> {
			Chunker chunker = new Chunker(this.chunkSize);
			// Buffers are copied and released as they arrive: none waits in a queue, so none can leak there.
			return content.map(chunker::add)
				.concatMapIterable(chunks -> chunks, 8)
				.concatWith(Flux.defer(() -> Flux.fromIterable(chunker.rest())))
				.index()
				.concatMapDelayError(chunk -> insert(key, chunk.getT1().intValue(), chunk.getT2()), false, 1)
				.then(Mono.fromSupplier(chunker::total));
		});
		// A failure waits for the insert in flight (delay-error) before removing the chunks; a cancellation
		// cannot, so it removes them now and once more when any insert in flight has landed.
		return delete(key).then(written)
			.onErrorResume(failure -> delete(key).onErrorComplete().then(Mono.error(failure)))
			.doOnCancel(() -> delete(key).onErrorComplete()
				.then(Mono.delay(CANCEL_SWEEP_DELAY))
				.then(delete(key))
				.onErrorComplete()
				.subscribe());
	}

	private Mono<Void> insert(String key, int seq, byte[] data) {
		return this.db.sql("INSERT INTO attachment_chunks (storage_key, seq, data) VALUES (:key, :seq, :data)")
			.bind("key", key)
			.bind("seq", seq)
			.bind("data", data)
			.then();
	}

	@Override
	public Flux<DataBuffer> read(String key) {
		StorageKeys.check(key);
		return this.db.sql("SELECT seq FROM attachment_chunks WHERE storage_key = :key ORDER BY seq")
			.bind("key", key)
			.map((row, meta) -> row.get("seq", Integer.class))
			.all()
			.collectList()
			.flatMapMany(seqs -> seqs.isEmpty() ? Flux.error(new StoredFileMissingException(key))
					: Flux.fromIterable(seqs).concatMap(seq -> chunk(key, seq), 1));
	}

	private Mono<DataBuffer> chunk(String key, int seq) {
		return this.db.sql("SELECT data FROM attachment_chunks WHERE storage_key = :key AND seq = :seq")
			.bind("key", key)
			.bind("seq", seq)
			.map((row, meta) -> row.get("data", byte[].class))
			.one()
			.switchIfEmpty(Mono.error(() -> new StoredFileMissingException(key)))
			.map(bytes -> (DataBuffer) DefaultDataBufferFactory.sharedInstance.wrap(bytes));
	}

	@Override
	public Mono<Void> delete(String key) {
		StorageKeys.check(key);
		return this.db.sql("DELETE FROM attachment_chunks WHERE storage_key = :key").bind("key", key).then();
	}

}
