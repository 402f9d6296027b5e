package org.jiebang.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

/**
 * Keeps files in a directory, one file per key. Every file operation runs on a bounded scheduler of its
 * own, never on the caller's (event-loop) thread; a file appears under its name only once complete.
 */
final class DirectoryFileStorage implements FileStorage {

	private static final int READ_BUFFER = 64 * 1024;

	private static final String PARTIAL = ".partial";

	private final Path root;

	private final Scheduler io;

	DirectoryFileStorage(Path root, Scheduler io) {
		this.root = root.toAbsolutePath().normalize();
		this.io = io;
	}

	Path root() {
		return this.root;
	}

	/** Stops the file scheduler, when the application shuts down. */
	public void dispose() {
		this.io.dispose();
	}

	private Path path(String key) {
		Path path = this.root.resolve(StorageKeys.check(key)).normalize();
		if (!path.startsWith(this.root)) {
			throw new IllegalArgumentException("Key outside the storage directory: " + key);
		}
		return path;
	}

	@Override
	public Mono<Long> write(String key, Flux<DataBuffer> content) {
		Path target = path(key);
		Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
		Mono<FileChannel> open = Mono.fromCallable(() -> {
			Files.createDirectories(target.getParent());
			return FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
					StandardOpenOption.WRITE);
		}).subscribeOn(this.io);
		return Mono.usingWhen(open,
				// Buffers are copied and released as they arrive, so none waits in the hand-over queue.
				channel -> content.map(DirectoryFileStorage::copy).publishOn(this.io, 4).<Long>handle((bytes, sink) -> {
					try {
						sink.next(writeFully(channel, ByteBuffer.wrap(bytes)));
					}
					catch (IOException ex) {
						sink.error(ex);
					}
				}).reduce(0L, Long::sum),
				channel -> Mono.fromRunnable(() -> finish(channel, partial, target)).subscribeOn(this.io),
				(channel, failure) -> discard(channel, partial),
				channel -> discard(channel, partial));
	}

	private static byte[] copy(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private static long writeFully(FileChannel channel, ByteBuffer bytes) throws IOException {
		long written = 0;
		while (bytes.hasRemaining()) {
			written += channel.write(bytes);
		}
		return written;
	}

	private static void finish(FileChannel channel, Path partial, Path target) {
		try {
			channel.force(true);
			channel.close();
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Mono<Void> discard(FileChannel channel, Path partial) {
		return Mono.<Void>fromRunnable(() -> {
			try {
				channel.close();
				Files.deleteIfExists(partial);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).subscribeOn(this.io);
	}

	@Override
	public Flux<DataBuffer> read(String key) {
		Path path = path(key);
		return DataBufferUtils
			.readByteChannel(() -> FileChannel.open(path, StandardOpenOption.READ),
					DefaultDataBufferFactory.sharedInstance, READ_BUFFER)
			.onErrorMap(NoSuchFileException.class, ex -> new StoredFileMissingException(key, ex))
			.subscribeOn(this.io);
	}

	@Override
	public Mono<Void> delete(String key) {
		Path path = path(key);
		return Mono.<Void>fromRunnable(() -> {
			try {
				Files.deleteIfExists(path);
				Files.deleteIfExists(path.resolveSibling(path.getFileName() + PARTIAL));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).subscribeOn(this.io);
	}

}
