package org.jiebang.challenge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fields the server owns (status, ids, version, owner, counts, commitment, times) cannot be set through a
 * request body, whatever a client sends; and a create replayed with one {@code Idempotency-Key}, even twice
 * at once, makes one challenge and answers it each time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MassAssignmentScenarios extends IntegrationTestSupport {

	private static final String COMMITMENT = "ab".repeat(32);

	@Autowired
	DatabaseClient db;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	private Cast cast;

	private MarketplaceFixture fixture;

	private String firmUser;

	private String firmOrganization;

	private String otherOrganization;

	private String otherUser;

	@BeforeAll
	void signIn() {
		this.cast = Cast.signIn(api());
		this.fixture = new MarketplaceFixture(this.cast);
		this.firmUser = (String) Cast.me(this.cast.firm()).get("id");
		this.firmOrganization = Cast.organizationId(this.cast.firm()).toString();
		this.otherOrganization = Cast.organizationId(this.cast.otherFirm()).toString();
		this.otherUser = (String) Cast.me(this.cast.otherFirm()).get("id");
	}

	@AfterAll
	void stopThreads() {
		this.pool.shutdownNow();
	}

	@Test
	void aCreatedChallengeIsTheFirmsDraftWhateverTheBodyClaims() {
		String claimedId = UUID.randomUUID().toString();
		Map<String, Object> body = MarketplaceFixture.challengeBody("越权字段 " + UUID.randomUUID(),
				Instant.now().plus(MarketplaceFixture.OPEN_FOR_HOURS));
		body.putAll(serverOwnedChallengeFields(claimedId));
		Reply created = Reply.post(this.cast.firm(), "/api/challenges", body);
		assertThat(created.status()).as("%s", created).isIn(201, 400);
		assertThat(rowCount("challenges", claimedId)).as("the claimed id is not used").isZero();
		if (created.status() == 201) {
			Map<String, Object> row = challengeRow(created.text("id"));
			assertThat(row).containsEntry("status", "DRAFT")
				.containsEntry("organization_id", this.firmOrganization)
				.containsEntry("created_by", this.firmUser)
				.containsEntry("bid_count", "0")
				.containsEntry("version", "0")
				.containsEntry("submitted_at", null)
				.containsEntry("published_at", null)
				.containsEntry("review_note", null);
		}
	}

	@Test
	void anEditCannotChangeOwnerStatusOrCountsAndAStaleVersionIsRefused() {
		String id = this.fixture.draft("越权编辑 " + UUID.randomUUID(), MarketplaceFixture.OPEN_FOR_HOURS);
		Map<String, Object> before = challengeRow(id);
		long version = Long.parseLong((String) before.get("version"));

		Map<String, Object> stale = MarketplaceFixture.challengeBody("旧版本覆盖", Instant.now().plusSeconds(3600));
		stale.put("version", version + 5);
		Reply refused = Reply.put(this.cast.firm(), "/api/challenges/" + id, stale);
		assertThat(refused.status()).as("%s", refused).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("concurrent-modification");
		assertThat(challengeRow(id)).isEqualTo(before);

		Map<String, Object> body = MarketplaceFixture.challengeBody("越权编辑 改", Instant.now().plusSeconds(3600));
		body.putAll(serverOwnedChallengeFields(UUID.randomUUID().toString()));
		body.put("version", version);
		Reply edited = Reply.put(this.cast.firm(), "/api/challenges/" + id, body);
		assertThat(edited.status()).as("%s", edited).isIn(200, 400);
		Map<String, Object> after = challengeRow(id);
		assertThat(after).containsEntry("status", "DRAFT")
			.containsEntry("organization_id", this.firmOrganization)
			.containsEntry("created_by", this.firmUser)
			.containsEntry("bid_count", "0")
			.containsEntry("submitted_at", null)
			.containsEntry("published_at", null);
	}

	@Test
	void anAmendmentCannotChangeStatusOrBidCount() {
		String id = this.fixture.published("越权修订 " + UUID.randomUUID(), MarketplaceFixture.OPEN_FOR_HOURS);
		Map<String, Object> body = new java.util.LinkedHashMap<>(serverOwnedChallengeFields(UUID.randomUUID()
			.toString()));
		body.put("reason", "补充说明");
		body.put("summary", "修订后的摘要");
		Reply amended = Reply.post(this.cast.admin(), "/api/admin/challenges/" + id + "/amend", body);
		assertThat(amended.status()).as("%s", amended).isIn(200, 400);
		assertThat(challengeRow(id)).containsEntry("status", "PUBLISHED")
			.containsEntry("organization_id", this.firmOrganization)
			.containsEntry("bid_count", "0")
			.containsEntry("closed_at", null);
	}

	@Test
	void aBidIsTheLabsDraftWhateverTheBodyClaimsAndOnlyTheServerCommits() {
		String challenge = this.fixture.published("越权揭榜 " + UUID.randomUUID(), MarketplaceFixture.OPEN_FOR_HOURS);
		String other = this.fixture.published("越权揭榜 他榜 " + UUID.randomUUID(), MarketplaceFixture.OPEN_FOR_HOURS);
		String claimedId = UUID.randomUUID().toString();
		String bidderLab = Cast.labId(this.cast.bidder()).toString();
		String bidderOrganization = Cast.organizationId(this.cast.bidder()).toString();
		Map<String, Object> body = MarketplaceFixture.bidBody("MASS", "500000.00");
		body.putAll(serverOwnedBidFields(claimedId, other));
		Reply created = Reply.post(this.cast.bidder(), "/api/challenges/" + challenge + "/bids", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String bid = created.text("id");
		assertThat(bid).isNotEqualTo(claimedId);
		assertThat(rowCount("bids", claimedId)).isZero();
		Map<String, Object> row = bidRow(bid);
		assertThat(row).containsEntry("status", "DRAFT")
			.containsEntry("challenge_id", challenge)
			.containsEntry("lab_id", bidderLab)
			.containsEntry("organization_id", bidderOrganization)
			.containsEntry("commitment", null)
			.containsEntry("submitted_at", null)
			.containsEntry("version", "0");
		assertThat(this.fixture.challenge(challenge).get("bidCount")).isEqualTo(0);
		assertThat(this.fixture.challenge(other).get("bidCount")).isEqualTo(0);

		Map<String, Object> stale = MarketplaceFixture.bidBody("MASS", "400000.00");
		stale.put("version", 7);
		Reply refused = Reply.put(this.cast.bidder(), "/api/bids/" + bid, stale);
		assertThat(refused.status()).as("%s", refused).isEqualTo(409);
		assertThat(bidRow(bid)).isEqualTo(row);

		Map<String, Object> edit = MarketplaceFixture.bidBody("MASS", "400000.00");
		edit.putAll(serverOwnedBidFields(claimedId, other));
		edit.put("version", 0);
		Reply edited = Reply.put(this.cast.bidder(), "/api/bids/" + bid, edit);
		assertThat(edited.status()).as("%s", edited).isEqualTo(200);
		assertThat(bidRow(bid)).containsEntry("status", "DRAFT")
			.containsEntry("challenge_id", challenge)
			.containsEntry("lab_id", bidderLab)
			.containsEntry("commitment", null)
			.containsEntry("submitted_at", null);

		Map<String, Object> submitted = MarketplaceFixture.submitBid(this.cast.bidder(), bid);
		assertThat(submitted.get("commitment")).asString().hasSize(64).isNotEqualTo(COMMITMENT);
		assertThat(bidRow(bid).get("commitment")).isEqualTo(submitted.get("commitment"));
	}

	@Test
	void aCreateReplayedWithTheSameIdempotencyKeyAnswersTheFirstChallenge() {
		String key = UUID.randomUUID().toString();
		String title = "幂等 " + key;
		Reply first = Reply.of("POST", "/api/challenges", this.cast.firm()
			.post("/api/challenges")
			.header("Idempotency-Key", key)
			.bodyValue(MarketplaceFixture.challengeBody(title, Instant.now().plusSeconds(3600))));
		Reply replay = Reply.of("POST", "/api/challenges", this.cast.firm()
			.post("/api/challenges")
			.header("Idempotency-Key", key)
			.bodyValue(MarketplaceFixture.challengeBody(title + " 改", Instant.now().plusSeconds(3600))));
		assertThat(first.status()).as("%s", first).isEqualTo(201);
		assertThat(replay.status()).as("%s", replay).isBetween(200, 201);
		assertThat(replay.text("id")).isEqualTo(first.text("id"));
		assertThat(replay.text("title")).isEqualTo(title);
		assertThat(challengesTitled(title)).isEqualTo(1);
		assertThat(challengesTitled(title + " 改")).isZero();

		Reply otherUser = Reply.of("POST", "/api/challenges", this.cast.otherFirm()
			.post("/api/challenges")
			.header("Idempotency-Key", key)
			.bodyValue(MarketplaceFixture.challengeBody(title, Instant.now().plusSeconds(3600))));
		assertThat(otherUser.status()).as("keys belong to their user: %s", otherUser).isEqualTo(201);
		assertThat(otherUser.text("id")).isNotEqualTo(first.text("id"));
	}

	@Test
	void twoCreatesAtOnceWithOneIdempotencyKeyMakeOneChallenge() throws Exception {
		List<String> problems = new ArrayList<>();
		for (int round = 0; round < 5; round++) {
			String key = UUID.randomUUID().toString();
			String title = "并发幂等 " + key;
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Reply>> replies = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				replies.add(this.pool.submit(() -> {
					start.await();
					return Reply.of("POST", "/api/challenges", this.cast.firm()
						.post("/api/challenges")
						.header("Idempotency-Key", key)
						.bodyValue(MarketplaceFixture.challengeBody(title, Instant.now().plusSeconds(3600))));
				}));
			}
			start.countDown();
			Reply a = replies.get(0).get();
			Reply b = replies.get(1).get();
			if (!a.is2xx() || !b.is2xx() || !a.text("id").equals(b.text("id"))) {
				problems.add("round " + round + ": " + a + "\n  and " + b);
			}
			long rows = challengesTitled(title);
			if (rows != 1) {
				problems.add("round " + round + ": " + rows + " challenges titled " + title);
			}
		}
		assertThat(problems).isEmpty();
	}

	private Map<String, Object> serverOwnedChallengeFields(String claimedId) {
		return Map.ofEntries(Map.entry("id", claimedId), Map.entry("status", "PUBLISHED"), Map.entry("version", 42),
				Map.entry("organizationId", this.otherOrganization), Map.entry("organization",
						Map.of("id", this.otherOrganization)),
				Map.entry("createdBy", this.otherUser), Map.entry("bidCount", 99),
				Map.entry("submittedAt", "2026-01-01T00:00:00Z"), Map.entry("publishedAt", "2026-01-01T00:00:00Z"),
				Map.entry("closedAt", "2026-01-01T00:00:00Z"), Map.entry("reviewNote", "自己批准"),
				Map.entry("open", true));
	}

	private Map<String, Object> serverOwnedBidFields(String claimedId, String otherChallenge) {
		return Map.ofEntries(Map.entry("id", claimedId), Map.entry("status", "SUBMITTED"),
				Map.entry("commitment", COMMITMENT), Map.entry("submittedAt", "2026-01-01T00:00:00Z"),
				Map.entry("labId", Cast.labId(this.cast.otherLab()).toString()),
				Map.entry("organizationId", this.otherOrganization), Map.entry("challengeId", otherChallenge),
				Map.entry("createdBy", this.otherUser), Map.entry("bidCount", 5));
	}

	private Map<String, Object> challengeRow(String id) {
		return row("SELECT status, organization_id, created_by, bid_count, version, submitted_at, published_at, "
				+ "closed_at, review_note, title FROM challenges WHERE id = :id", id);
	}

	private Map<String, Object> bidRow(String id) {
		return row("SELECT status, challenge_id, lab_id, organization_id, commitment, submitted_at, version, summary "
				+ "FROM bids WHERE id = :id", id);
	}

	/** A row with every value as text, so that H2 and PostgreSQL compare alike. */
	private Map<String, Object> row(String sql, String id) {
		Map<String, Object> row = this.db.sql(sql).bind("id", UUID.fromString(id)).fetch().one().block();
		assertThat(row).as("row %s", id).isNotNull();
		Map<String, Object> text = new java.util.TreeMap<>();
		row.forEach((column, value) -> text.put(column.toLowerCase(java.util.Locale.ROOT),
				value == null ? null : value.toString()));
		return text;
	}

	private long rowCount(String table, String id) {
		return this.db.sql("SELECT COUNT(*) AS n FROM " + table + " WHERE id = :id")
			.bind("id", UUID.fromString(id))
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private long challengesTitled(String title) {
		return this.db.sql("SELECT COUNT(*) AS n FROM challenges WHERE title = :title")
			.bind("title", title)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

}
