package org.jiebang.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The directory storage: whole files appear only when complete; failures leave nothing. */
class DirectoryFileStorageTests {

	@TempDir
	Path root;

	private DirectoryFileStorage storage;

	private DirectoryFileStorage storage() {
		if (this.storage == null) {
			this.storage = new DirectoryFileStorage(this.root,
					Schedulers.newBoundedElastic(2, 100, "test-attachment-io"));
		}
		return this.storage;
	}

	@AfterEach
	void dispose() {
		if (this.storage != null) {
			this.storage.dispose();
		}
	}

	@Test
	void writesReadsReplacesAndDeletes() throws IOException {
		byte[] content = S3FileStorageTests.bytes(200_000, 5);
		StepVerifier.create(storage().write("bid/one", S3FileStorageTests.buffers(content, 4096)))
			.expectNext(200_000L)
			.verifyComplete();
		assertThat(Files.readAllBytes(this.root.resolve("bid/one"))).isEqualTo(content);
		assertThat(read("bid/one")).isEqualTo(content);
		byte[] replacement = S3FileStorageTests.bytes(1000, 6);
		StepVerifier.create(storage().write("bid/one", S3FileStorageTests.buffers(replacement, 300)))
			.expectNext(1000L)
			.verifyComplete();
		assertThat(read("bid/one")).isEqualTo(replacement);
		StepVerifier.create(storage().delete("bid/one")).verifyComplete();
		assertThat(files()).isEmpty();
		StepVerifier.create(storage().delete("bid/one")).verifyComplete();
	}

	@Test
	void aFailedWriteLeavesNoFile() throws IOException {
		Flux<DataBuffer> failing = S3FileStorageTests.buffers(S3FileStorageTests.bytes(100_000, 7), 4096)
			.concatWith(Flux.error(new IllegalStateException("too large")));
		StepVerifier.create(storage().write("bid/two", failing)).verifyErrorMessage("too large");
		assertThat(files()).isEmpty();
	}

	@Test
	void readingAMissingFileFailsAsMissing() {
		StepVerifier.create(storage().read("bid/none")).expectError(StoredFileMissingException.class).verify();
	}

	@Test
	void keysCannotLeaveTheDirectory() {
		assertThatThrownBy(() -> storage().read("../outside")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> storage().read("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> storage().read("a/../../b")).isInstanceOf(IllegalArgumentException.class);
	}

	private byte[] read(String key) {
		return DataBufferUtils.join(storage().read(key)).map(buffer -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		}).block();
	}

	private java.util.List<Path> files() throws IOException {
		try (Stream<Path> walk = Files.walk(this.root)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}

}
