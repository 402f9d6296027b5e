package org.jiebang.attachment;

import org.junit.jupiter.api.AfterAll;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

// A storage of its own means an application context of its own; it is closed after the class.
@DirtiesContext
class S3StorageH2IntegrationTests extends StorageRoundTripScenarios {

	private static final FakeS3Server S3 = new FakeS3Server();

	@DynamicPropertySource
	static void objectStore(DynamicPropertyRegistry registry) {
		registry.add("jiebang.attachments.storage", () -> "s3");
		registry.add("jiebang.attachments.s3.endpoint", () -> S3.endpoint().toString());
		registry.add("jiebang.attachments.s3.bucket", () -> FakeS3Server.BUCKET);
		registry.add("jiebang.attachments.s3.region", () -> FakeS3Server.REGION);
		registry.add("jiebang.attachments.s3.access-key", () -> FakeS3Server.ACCESS_KEY);
		registry.add("jiebang.attachments.s3.secret-key", () -> FakeS3Server.SECRET_KEY);
	}

	@AfterAll
	void everyRequestWasSignedCorrectly() {
		try {
			assertThat(S3.refusals).isEmpty();
		}
		finally {
			S3.close();
		}
	}

	@Override
	long storedFiles() {
		return S3.objects.size() + S3.pendingUploads.size();
	}

}
