package org.jiebang.attachment;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same uploads and downloads on each configured storage: a large file streams in and out unchanged, a
 * refused one leaves no bytes behind, a deleted one is gone from the storage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StorageRoundTripScenarios extends IntegrationTestSupport {

	private Session firm;

	private String files;

	/** How many files (or objects, or unfinished uploads) the storage holds. */
	abstract long storedFiles();

	@BeforeAll
	void prepare() {
		Cast cast = Cast.signIn(api());
		this.firm = cast.firm();
		String challenge = new MarketplaceFixture(cast).draft("存储往返 " + UUID.randomUUID().toString().substring(0, 8),
				Duration.ofHours(2));
		this.files = "/api/challenges/" + challenge + "/attachments";
	}

	@Test
	void aLargeFileStreamsInAndOutUnchangedAndLeavesWithItsDeletion() {
		long before = storedFiles();
		byte[] pdf = Uploads.pdf(12 * 1024 * 1024 + 17, "round trip");
		Map<String, Object> stored = Uploads.upload(this.firm, this.files, "大文件.pdf", pdf).expect(201).json();
		assertThat(stored).containsEntry("sha256", Uploads.sha256(pdf)).containsEntry("size", pdf.length);
		assertThat(storedFiles()).isEqualTo(before + 1);
		assertThat(AttachmentScenarios.download(this.firm, (String) stored.get("id")).content()).isEqualTo(pdf);
		Uploads.delete(this.firm, "/api/attachments/" + stored.get("id")).expect(204);
		assertThat(storedFiles()).isEqualTo(before);
	}

	@Test
	void refusedUploadsLeaveNoBytesInTheStorage() {
		long before = storedFiles();
		Reply large = Uploads.upload(this.firm, this.files, "过大.pdf", Uploads.pdf(25 * 1024 * 1024, "too large"));
		assertThat(large.status() + " " + large.problemType()).isEqualTo("413 attachment-too-large");
		Reply disguised = Uploads.upload(this.firm, this.files, "伪装.pdf", Uploads.png(300_000));
		assertThat(disguised.status() + " " + disguised.problemType()).isEqualTo("415 attachment-type-mismatch");
		Reply empty = Uploads.upload(this.firm, this.files, "空.pdf", new byte[0]);
		assertThat(empty.status() + " " + empty.problemType()).isEqualTo("400 attachment-empty");
		assertThat(storedFiles()).isEqualTo(before);
		assertThat(Reply.get(this.firm, this.files).expect(200).list()).isEmpty();
	}

}
