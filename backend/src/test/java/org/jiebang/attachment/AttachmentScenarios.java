package org.jiebang.attachment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.json.JsonMapper;

import org.jiebang.bid.BidCommitment;
import org.jiebang.bid.BidView;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.test.web.reactive.server.FluxExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * SPEC §2 attachments on the default (database) storage: bid files are sealed exactly like their bid and
 * enter its commitment; uploads are streamed, measured and type-checked, and a refused upload leaves
 * nothing; challenge documents are public with their challenge.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AttachmentScenarios extends IntegrationTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int SEALED_SIZE = 12_345;

	@Autowired
	DatabaseClient db;

	private Cast cast;

	private MarketplaceFixture fixture;

	private String sealedName;

	private byte[] sealedContent;

	private String open;

	private String openBid;

	private String sealedFile;

	private String closing;

	private String closingBid;

	private byte[] closingContent;

	private String closingFile;

	private String tamperedBid;

	private String tamperedFile;

	@BeforeAll
	void prepare() {
		this.cast = Cast.signIn(api());
		this.fixture = new MarketplaceFixture(this.cast);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		// The closing challenge first, so that its deadline passes while the rest runs.
		this.closing = this.fixture.published("附件截止 " + suffix, Duration.ofSeconds(12));
		this.closingBid = MarketplaceFixture.submittedBid(this.cast.bidder(), this.closing,
				MarketplaceFixture.bidBody("CLOSEA" + suffix, "500000.00"));
		this.closingContent = Uploads.pdf(300_000, "closing " + suffix);
		this.closingFile = Uploads.upload(this.cast.bidder(), bidFiles(this.closingBid), "技术方案.pdf",
				this.closingContent).expect(201).text("id");
		this.tamperedBid = MarketplaceFixture.submittedBid(this.cast.otherLab(), this.closing,
				MarketplaceFixture.bidBody("CLOSEB" + suffix, "510000.00"));
		this.tamperedFile = Uploads.upload(this.cast.otherLab(), bidFiles(this.tamperedBid), "样品照片.png",
				Uploads.png(50_000)).expect(201).text("id");

		this.open = this.fixture.published("附件开放 " + suffix, MarketplaceFixture.OPEN_FOR_HOURS);
		this.openBid = MarketplaceFixture.submittedBid(this.cast.bidder(), this.open,
				MarketplaceFixture.bidBody("OPENX" + suffix, "600000.00"));
		this.sealedName = "密封检测报告-" + suffix + ".pdf";
		this.sealedContent = Uploads.pdf(SEALED_SIZE, "sealed " + suffix);
		this.sealedFile = Uploads.upload(this.cast.bidder(), bidFiles(this.openBid), this.sealedName,
				this.sealedContent).expect(201).text("id");
	}

	@Test
	@Order(1)
	void beforeTheCloseOnlyTheBiddingLabListsOrDownloadsABidFileOrLearnsItsNameOrSize() {
		String sha = Uploads.sha256(this.sealedContent);
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("firm", "403 bids-sealed");
		expected.put("admin", "403 bids-sealed");
		expected.put("other firm", "404");
		expected.put("other lab", "404");
		expected.put("anonymous", "401");
		Map<String, Session> sessions = Map.of("firm", this.cast.firm(), "admin", this.cast.admin(), "other firm",
				this.cast.otherFirm(), "other lab", this.cast.otherLab(), "anonymous", this.cast.anonymous());
		List<String> failures = new ArrayList<>();
		expected.forEach((who, cell) -> {
			Session session = sessions.get(who);
			List<Reply> replies = List.of(Reply.get(session, bidFiles(this.openBid)),
					Reply.get(session, "/api/attachments/" + this.sealedFile),
					Uploads.upload(session, bidFiles(this.openBid), "intruder.pdf", Uploads.pdf(2000, "x")),
					Uploads.delete(session, "/api/attachments/" + this.sealedFile));
			for (Reply reply : replies) {
				String actual = reply.status() + (reply.problemType().startsWith("bids-") ? " " + reply.problemType() : "");
				if (!actual.equals(cell) || !reply.isProblem()) {
					failures.add(who + ": expected " + cell + " from " + reply);
				}
				for (String secret : List.of(this.sealedName, "密封检测报告", String.valueOf(SEALED_SIZE), sha)) {
					if (reply.body().contains(secret)) {
						failures.add(who + ": " + reply + " reveals " + secret);
					}
				}
				if (!reply.uri().contains(this.openBid) && reply.body().contains(this.openBid)) {
					failures.add(who + ": " + reply + " reveals the bid id");
				}
			}
		});
		if (!failures.isEmpty()) {
			fail(String.join("\n", failures));
		}

		List<Map<String, Object>> own = Reply.get(this.cast.bidder(), bidFiles(this.openBid)).expect(200).list();
		assertThat(own).singleElement().satisfies(file -> {
			assertThat(file).containsEntry("filename", this.sealedName)
				.containsEntry("size", SEALED_SIZE)
				.containsEntry("sha256", sha)
				.containsEntry("contentType", "application/pdf")
				.containsEntry("ownerType", "BID");
		});
		Download download = download(this.cast.bidder(), this.sealedFile);
		assertThat(download.content()).isEqualTo(this.sealedContent);
		HttpHeaders headers = download.headers();
		assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(headers.getContentLength()).isEqualTo(SEALED_SIZE);
		assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
			.contains("filename*=UTF-8''%E5%AF%86%E5%B0%81");
		assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(headers.getCacheControl()).contains("no-store");
	}

	@Test
	@Order(2)
	void aTwoMegabytePdfUploadsAndItsDigestEntersTheBidCommitment() {
		String before = receipt(this.openBid);
		byte[] pdf = Uploads.pdf(2 * 1024 * 1024, "two megabytes");
		String sha = Uploads.sha256(pdf);
		Map<String, Object> uploaded = Uploads.upload(this.cast.bidder(), bidFiles(this.openBid), "两兆字节.pdf", pdf)
			.expect(201)
			.json();
		assertThat(uploaded).containsEntry("sha256", sha).containsEntry("size", pdf.length)
			.containsEntry("filename", "两兆字节.pdf");

		String after = receipt(this.openBid);
		assertThat(after).isNotEqualTo(before);
		BidView bid = JSON.readValue(Reply.get(this.cast.bidder(), "/api/bids/" + this.openBid).expect(200).body(),
				BidView.class);
		assertThat(bid.commitment()).isEqualTo(after);
		String recomputed = BidCommitment.compute(new BidCommitment.Content(bid.id(), bid.challenge().id(),
				bid.lab().id(), bid.summary(), bid.technicalApproach(), bid.quotedAmount(), bid.deliveryMonths(),
				bid.team(), bid.partners(), bid.milestonePlan(), bid.conflictDeclaration(),
				List.of(sha, Uploads.sha256(this.sealedContent))));
		assertThat(recomputed).as("the commitment covers the new file's SHA-256").isEqualTo(after);
		assertThat(download(this.cast.bidder(), (String) uploaded.get("id")).content()).isEqualTo(pdf);

		Uploads.delete(this.cast.bidder(), "/api/attachments/" + uploaded.get("id")).expect(204);
		assertThat(receipt(this.openBid)).as("without the file the commitment is the earlier one").isEqualTo(before);
		Reply.get(this.cast.bidder(), "/api/attachments/" + uploaded.get("id")).expect(404);
	}

	@Test
	@Order(3)
	void anOversizedUploadIsRefusedWith413AndLeavesNothing() {
		Stored before = stored();
		String receipt = receipt(this.openBid);
		Reply reply = Uploads.upload(this.cast.bidder(), bidFiles(this.openBid), "巨大.pdf",
				Uploads.pdf(25 * 1024 * 1024, "too large"));
		assertThat(reply.status()).as("%s", reply).isEqualTo(413);
		assertThat(reply.isProblem()).isTrue();
		assertThat(reply.problemType()).isEqualTo("attachment-too-large");
		assertThat(stored()).isEqualTo(before);
		assertThat(receipt(this.openBid)).isEqualTo(receipt);
	}

	@Test
	@Order(4)
	void disguisedEmptyAndMalformedUploadsAreProblemsAndLeaveNothing() {
		Stored before = stored();
		String uri = bidFiles(this.openBid);
		Session lab = this.cast.bidder();
		List<Reply> refused = List.of(Uploads.upload(lab, uri, "报告.pdf", Uploads.png(40_000)),
				Uploads.upload(lab, uri, "notes.pdf", "just some text, certainly not a PDF".getBytes()),
				Uploads.upload(lab, uri, "slides.pptx", Uploads.pdf(5000, "not a zip")),
				Uploads.upload(lab, uri, "tool.exe", Uploads.pdf(5000, "exe")),
				Uploads.upload(lab, uri, "empty.pdf", new byte[0]), Uploads.upload(lab, uri, "", Uploads.pdf(500, "")),
				Uploads.uploadWithoutFile(lab, uri),
				Reply.post(lab, uri, Map.of("file", "JVBERi0xLjcK")),
				Reply.of("POST", uri, lab.post(uri)
					.contentType(new MediaType("multipart", "form-data", Map.of("boundary", "jiebang-boundary")))
					.bodyValue("this is not a multipart body")));
		assertThat(refused).extracting(r -> r.status() + " " + r.problemType())
			.containsExactly("415 attachment-type-mismatch", "415 attachment-type-mismatch",
					"415 attachment-type-mismatch", "415 attachment-type-unsupported", "400 attachment-empty",
					"400 validation", "400 attachment-missing", "415 unsupported-media-type",
					"400 malformed-request");
		assertThat(refused).allSatisfy(reply -> assertThat(reply.isProblem()).as("%s", reply).isTrue());
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	@Order(5)
	void aBidCarriesAtMostFiveFiles() {
		Session lab = api().login("lab-cj-battery", Cast.DEMO_PASSWORD);
		String draft = MarketplaceFixture.draftBid(lab, this.open, MarketplaceFixture.bidBody("LIMIT", "100000.00"));
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			ids.add(Uploads.upload(lab, bidFiles(draft), "附件" + i + ".pdf", Uploads.pdf(1000 + i, "n" + i))
				.expect(201)
				.text("id"));
		}
		Reply sixth = Uploads.upload(lab, bidFiles(draft), "附件6.pdf", Uploads.pdf(1006, "n6"));
		assertThat(sixth.status() + " " + sixth.problemType()).isEqualTo("409 attachment-limit");
		Uploads.delete(lab, "/api/attachments/" + ids.get(0)).expect(204);
		Uploads.upload(lab, bidFiles(draft), "附件6.pdf", Uploads.pdf(1006, "n6")).expect(201);
		assertThat(Reply.get(lab, bidFiles(draft)).expect(200).list()).hasSize(5);
	}

	@Test
	@Order(6)
	void challengeDocumentsArePublicWithTheirChallengeAndChangedByItsFirmOnlyWhileADraft() {
		Session firm = this.cast.firm();
		String challenge = this.fixture.draft("附件说明 " + UUID.randomUUID().toString().substring(0, 8),
				MarketplaceFixture.OPEN_FOR_HOURS);
		String files = "/api/challenges/" + challenge + "/attachments";
		byte[] docx = Uploads.zip(8000);
		Map<String, Object> doc = Uploads.upload(firm, files, "榜单说明.docx", docx).expect(201).json();
		assertThat(doc).containsEntry("contentType",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		String docId = (String) doc.get("id");
		Reply.get(this.cast.anonymous(), files).expect(404);
		Reply.get(this.cast.otherFirm(), files).expect(404);
		Reply.get(this.cast.anonymous(), "/api/attachments/" + docId).expect(404);
		assertThat(Reply.get(firm, files).expect(200).list()).hasSize(1);

		Reply.post(firm, "/api/challenges/" + challenge + "/submit", null).expect(200);
		Reply.post(this.cast.admin(), "/api/admin/challenges/" + challenge + "/approve", null).expect(200);
		assertThat(Reply.get(this.cast.anonymous(), files).expect(200).list()).extracting(f -> f.get("filename"))
			.containsExactly("榜单说明.docx");
		Download download = download(this.cast.anonymous(), docId);
		assertThat(download.content()).isEqualTo(docx);
		assertThat(download.headers().getCacheControl()).isEqualTo("no-cache");

		Reply late = Uploads.upload(firm, files, "补充.pdf", Uploads.pdf(3000, "late"));
		assertThat(late.status() + " " + late.problemType()).isEqualTo("409 challenge-state");
		Reply lateDelete = Uploads.delete(firm, "/api/attachments/" + docId);
		assertThat(lateDelete.status() + " " + lateDelete.problemType()).isEqualTo("409 challenge-state");
		Uploads.upload(this.cast.otherFirm(), files, "补充.pdf", Uploads.pdf(3000, "other")).expect(403);
		String added = Uploads.upload(this.cast.admin(), files, "补充说明.pdf", Uploads.pdf(3000, "admin"))
			.expect(201)
			.text("id");
		Uploads.delete(this.cast.admin(), "/api/attachments/" + added).expect(204);
		Reply.get(this.cast.anonymous(), "/api/attachments/" + added).expect(404);
		assertThat(Reply.get(this.cast.anonymous(), files).expect(200).list()).hasSize(1);
	}

	@Test
	@Order(10)
	void afterTheCloseTheFilesOpenAndAFileChangedInStorageBreaksVerification() {
		byte[] changed = Uploads.png(50_000);
		changed[1000] = 42;
		Long rows = this.db.sql("UPDATE attachment_chunks SET data = :data WHERE seq = 0 AND storage_key = "
				+ "(SELECT storage_key FROM attachments WHERE id = :id)")
			.bind("data", changed)
			.bind("id", UUID.fromString(this.tamperedFile))
			.fetch()
			.rowsUpdated()
			.block();
		assertThat(rows).isEqualTo(1L);

		this.fixture.awaitClosed(this.closing);
		for (Session insider : List.of(this.cast.firm(), this.cast.admin())) {
			assertThat(Reply.get(insider, bidFiles(this.closingBid)).expect(200).list())
				.extracting(f -> f.get("filename"), f -> f.get("sha256"))
				.containsExactly(org.assertj.core.groups.Tuple.tuple("技术方案.pdf", Uploads.sha256(this.closingContent)));
			assertThat(download(insider, this.closingFile).content()).isEqualTo(this.closingContent);
			assertThat(Reply.get(insider, "/api/bids/" + this.closingBid + "/verify").expect(200).json())
				.containsEntry("matches", true);
			assertThat(Reply.get(insider, "/api/bids/" + this.tamperedBid + "/verify").expect(200).json())
				.as("the stored bytes no longer match the digest committed at submission")
				.containsEntry("matches", false);
		}
		Reply.get(this.cast.otherLab(), bidFiles(this.closingBid)).expect(404);
		Reply.get(this.cast.otherFirm(), "/api/attachments/" + this.closingFile).expect(404);
		Reply.get(this.cast.anonymous(), "/api/attachments/" + this.closingFile).expect(401);

		Reply late = Uploads.upload(this.cast.bidder(), bidFiles(this.closingBid), "迟到.pdf", Uploads.pdf(900, "late"));
		assertThat(late.status() + " " + late.problemType()).isEqualTo("409 bid-window-closed");
		Reply lateDelete = Uploads.delete(this.cast.bidder(), "/api/attachments/" + this.closingFile);
		assertThat(lateDelete.status() + " " + lateDelete.problemType()).isEqualTo("409 bid-window-closed");
		Uploads.delete(this.cast.firm(), "/api/attachments/" + this.closingFile).expect(403);
	}

	private String receipt(String bid) {
		return Reply.get(this.cast.bidder(), "/api/bids/" + bid + "/receipt").expect(200).text("commitment");
	}

	private static String bidFiles(String bid) {
		return "/api/bids/" + bid + "/attachments";
	}

	/** Downloads a file whole, beyond the test client's usual buffer limit. */
	static Download download(Session session, String attachment) {
		FluxExchangeResult<DataBuffer> result = session.get("/api/attachments/" + attachment)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(DataBuffer.class);
		byte[] bytes = DataBufferUtils.join(result.getResponseBody()).map(buffer -> {
			byte[] content = new byte[buffer.readableByteCount()];
			buffer.read(content);
			DataBufferUtils.release(buffer);
			return content;
		}).defaultIfEmpty(new byte[0]).block();
		return new Download(result.getResponseHeaders(), bytes);
	}

	/** A downloaded file: the response headers and the bytes. */
	record Download(HttpHeaders headers, byte[] content) {
	}

	/** What the database holds: attachment rows, stored chunks, their bytes and owner slots in use. */
	private Stored stored() {
		return new Stored(count("SELECT COUNT(*) AS n FROM attachments"),
				count("SELECT COUNT(*) AS n FROM attachment_chunks"),
				count("SELECT COALESCE(SUM(file_count), 0) AS n FROM attachment_owners"));
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> ((Number) row.get("n")).longValue()).one().block();
	}

	/** Counts of stored things. */
	record Stored(long attachments, long chunks, long slots) {
	}

}
