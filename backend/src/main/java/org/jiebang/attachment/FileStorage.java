package org.jiebang.attachment;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;

/**
 * Where the bytes of attachments live: the database, a directory or an S3-compatible object store, chosen
 * by {@code jiebang.attachments.storage}. Implementations stream in both directions and never block the
 * calling thread.
 */
public interface FileStorage {

	/**
	 * Streams the content under the key, replacing whatever was there, and answers the number of bytes
	 * written. When the content fails or is cancelled, nothing remains under the key.
	 */
	Mono<Long> write(String key, Flux<DataBuffer> content);

	/** Streams the content stored under the key; fails with {@link StoredFileMissingException} when none is. */
	Flux<DataBuffer> read(String key);

	/** Removes what is stored under the key; nothing stored is no failure. */
	Mono<Void> delete(String key);

}
