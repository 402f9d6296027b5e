package org.jiebang.attachment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The S3 storage against a fake object store that checks every signature. */
class S3FileStorageTests {

	private static FakeS3Server s3;

	private static S3FileStorage storage;

	@BeforeAll
	static void start() {
		s3 = new FakeS3Server();
		storage = storage(FakeS3Server.SECRET_KEY);
	}

	@AfterAll
	static void stop() {
		s3.close();
	}

	private static S3FileStorage storage(String secret) {
		return new S3FileStorage(WebClient.builder().build(),
				new AttachmentProperties.S3(s3.endpoint(), FakeS3Server.BUCKET, FakeS3Server.REGION,
						FakeS3Server.ACCESS_KEY, secret, DataSize.ofMegabytes(5)),
				Clock.systemUTC());
	}

	@Test
	void smallFileIsStoredWithOnePutReadBackAndDeleted() {
		byte[] content = bytes(300_000, 1);
		int partsBefore = s3.partsReceived.get();
		int refusalsBefore = s3.refusals.size();
		StepVerifier.create(storage.write("bid/small", buffers(content, 8192))).expectNext(300_000L).verifyComplete();
		assertThat(s3.objects.get("bid/small")).isEqualTo(content);
		assertThat(s3.partsReceived.get()).isEqualTo(partsBefore);
		assertThat(read("bid/small")).isEqualTo(content);
		StepVerifier.create(storage.delete("bid/small")).verifyComplete();
		assertThat(s3.objects).doesNotContainKey("bid/small");
		assertThat(s3.refusals).hasSize(refusalsBefore);
	}

	@Test
	void largeFileIsAMultipartUploadOfFiveMegabyteParts() {
		byte[] content = bytes(12 * 1024 * 1024 + 123, 2);
		int partsBefore = s3.partsReceived.get();
		int refusalsBefore = s3.refusals.size();
		StepVerifier.create(storage.write("bid/large", buffers(content, 64 * 1024)))
			.expectNext((long) content.length)
			.verifyComplete();
		assertThat(s3.partsReceived.get() - partsBefore).isEqualTo(3);
		assertThat(s3.objects.get("bid/large")).isEqualTo(content);
		assertThat(s3.pendingUploads).isEmpty();
		assertThat(read("bid/large")).isEqualTo(content);
		assertThat(s3.refusals).hasSize(refusalsBefore);
	}

	@Test
	void failedStreamAbortsTheUploadAndLeavesNothing() {
		byte[] content = bytes(11 * 1024 * 1024, 3);
		Flux<DataBuffer> failing = buffers(content, 64 * 1024)
			.concatWith(Flux.error(new IllegalStateException("client went away")));
		StepVerifier.create(storage.write("bid/failed", failing)).verifyErrorMessage("client went away");
		assertThat(s3.objects).doesNotContainKey("bid/failed");
		assertThat(s3.pendingUploads).isEmpty();
	}

	@Test
	void readingWhatIsNotStoredFailsAsMissing() {
		StepVerifier.create(storage.read("bid/never")).expectError(StoredFileMissingException.class).verify();
	}

	@Test
	void aWrongSecretIsRefusedByTheStore() {
		int refusalsBefore = s3.refusals.size();
		StepVerifier.create(storage("wrong-secret").write("bid/refused", buffers(bytes(1000, 4), 512)))
			.expectError()
			.verify();
		assertThat(s3.refusals).hasSizeGreaterThan(refusalsBefore);
		assertThat(s3.objects).doesNotContainKey("bid/refused");
	}

	private static byte[] read(String key) {
		return DataBufferUtils.join(storage.read(key)).map(buffer -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		}).block();
	}

	static byte[] bytes(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	static Flux<DataBuffer> buffers(byte[] content, int size) {
		List<DataBuffer> buffers = new ArrayList<>();
		for (int offset = 0; offset < content.length; offset += size) {
			int length = Math.min(size, content.length - offset);
			byte[] piece = new byte[length];
			System.arraycopy(content, offset, piece, 0, length);
			buffers.add(DefaultDataBufferFactory.sharedInstance.wrap(piece));
		}
		return Flux.fromIterable(buffers);
	}

}
