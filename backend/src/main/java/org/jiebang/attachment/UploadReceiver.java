package org.jiebang.attachment;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.PartEvent;

/**
 * Streams the one {@code file} part of a multipart upload into storage while measuring it: its size
 * against the limit, its SHA-256, and its first bytes against the type its name claims. Nothing is
 * buffered beyond the storage's own piece; a refused file is removed from storage before the refusal is
 * answered. The rest of an oversized body is read and dropped (up to twice the limit) so that the client
 * hears the 413 rather than a reset connection.
 */
final class UploadReceiver {

	static final String PART_NAME = "file";

	private final FileStorage storage;

	UploadReceiver(FileStorage storage) {
		this.storage = storage;
	}

	Mono<ReceivedFile> receive(Flux<PartEvent> parts, String key, long maxSize) {
		return Mono.defer(() -> {
			Intake intake = new Intake(maxSize);
			return parts.windowUntil(PartEvent::isLast)
				.concatMap(part -> part.switchOnFirst((first, events) -> {
					PartEvent event = first.get();
					if (event != null && intake.isFile(event)
							&& intake.claim(event instanceof FilePartEvent file ? file.filename() : null)) {
						return this.storage.write(key, intake.inspect(events.map(PartEvent::content))).then();
					}
					return drain(events);
				}))
				.then(Mono.fromCallable(() -> intake.result(key)))
				.onErrorMap(DecodingException.class, AttachmentProblems::malformed)
				.onErrorResume(failure -> this.storage.delete(key).onErrorComplete().then(Mono.error(failure)))
				.doOnCancel(() -> this.storage.delete(key).onErrorComplete().subscribe());
		});
	}

	private static Mono<Void> drain(Flux<PartEvent> events) {
		return events.doOnNext(event -> DataBufferUtils.release(event.content())).then();
	}

	/** What one upload learned about its file while it streamed. */
	private static final class Intake {

		private final long maxSize;

		private final MessageDigest digest;

		private final byte[] head = new byte[FileType.HEAD];

		private int headLength;

		private int fileParts;

		private String filename;

		private FileType type;

		private long size;

		private boolean tooLarge;

		private boolean mismatch;

		Intake(long maxSize) {
			this.maxSize = maxSize;
			try {
				this.digest = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** Counts the parts named {@code file} (with a file name or not); only the first is stored. */
		boolean isFile(PartEvent event) {
			if (!PART_NAME.equals(event.name())) {
				return false;
			}
			this.fileParts++;
			return this.fileParts == 1;
		}

		/** Takes the file's name; answers whether its content is worth storing (a name of an accepted type). */
		boolean claim(String rawName) {
			this.filename = Filenames.clean(rawName);
			Optional<FileType> claimed = FileType.ofFilename(this.filename);
			this.type = claimed.orElse(null);
			return claimed.isPresent();
		}

		/**
		 * Passes the content on while it is within the limit and its first bytes fit the claimed type;
		 * after that, drops it (and past twice the limit, fails at once).
		 */
		Flux<DataBuffer> inspect(Flux<DataBuffer> content) {
			return content.handle((buffer, sink) -> {
				this.size += buffer.readableByteCount();
				if (this.size > this.maxSize) {
					this.tooLarge = true;
				}
				if (this.tooLarge || this.mismatch) {
					DataBufferUtils.release(buffer);
					if (this.size > 2 * this.maxSize) {
						sink.error(AttachmentProblems.tooLarge(this.maxSize));
					}
					return;
				}
				measure(buffer);
				if (this.headLength == FileType.HEAD && !this.type.matches(this.head, this.headLength)) {
					this.mismatch = true;
					DataBufferUtils.release(buffer);
					return;
				}
				sink.next(buffer);
			});
		}

		private void measure(DataBuffer buffer) {
			try (DataBuffer.ByteBufferIterator iterator = buffer.readableByteBuffers()) {
				while (iterator.hasNext()) {
					ByteBuffer bytes = iterator.next();
					ByteBuffer peek = bytes.duplicate();
					while (this.headLength < FileType.HEAD && peek.hasRemaining()) {
						this.head[this.headLength++] = peek.get();
					}
					this.digest.update(bytes);
				}
			}
		}

		/** The outcome once the whole body has been read: the received file or the reason for refusal. */
		ReceivedFile result(String key) {
			if (this.fileParts == 0) {
				throw AttachmentProblems.missingFile();
			}
			if (this.fileParts > 1) {
				throw AttachmentProblems.severalFiles();
			}
			if (this.filename.isEmpty()) {
				throw AttachmentProblems.badFilename();
			}
			if (this.type == null) {
				throw AttachmentProblems.unsupportedType();
			}
			if (this.tooLarge) {
				throw AttachmentProblems.tooLarge(this.maxSize);
			}
			if (this.size == 0) {
				throw AttachmentProblems.empty();
			}
			if (this.mismatch || !this.type.matches(this.head, this.headLength)) {
				throw AttachmentProblems.typeMismatch(this.type);
			}
			return new ReceivedFile(key, this.filename, this.type, this.size,
					HexFormat.of().formatHex(this.digest.digest()));
		}

	}

}
