package org.jiebang.challenge;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiebang.support.CreditCodeFixtures;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * SPEC §10 "bad input never breaks anything": over-long, out-of-range, mistyped, unknown and inconsistent
 * challenge and bid input is answered 400 with {@code errors} naming the field, and the database is exactly
 * as before. Every case is tried; the failures are listed together.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadInputScenarios extends IntegrationTestSupport {

	@Autowired
	DatabaseClient db;

	private Cast cast;

	private MarketplaceFixture fixture;

	private String firmCreditCode;

	private String labCreditCode;

	@BeforeAll
	void signIn() {
		this.cast = Cast.signIn(api());
		this.fixture = new MarketplaceFixture(this.cast);
		this.firmCreditCode = creditCode(this.cast.firm());
		this.labCreditCode = creditCode(this.cast.bidder());
	}

	@Test
	void badChallengeBodiesAreRefusedFieldByFieldAndNothingIsStored() {
		Map<String, Consumer<Map<String, Object>>> cases = new LinkedHashMap<>();
		cases.put("title", b -> b.put("title", "题".repeat(121)));
		cases.put("summary", b -> b.put("summary", "要".repeat(501)));
		cases.put("description", b -> b.put("description", "述".repeat(20_001)));
		cases.put("bounty|three decimals", b -> b.put("bounty", "1000.001"));
		cases.put("bounty|zero", b -> b.put("bounty", "0"));
		cases.put("bounty|negative", b -> b.put("bounty", "-1.00"));
		cases.put("bounty|above ten billion", b -> b.put("bounty", "10000000000.01"));
		cases.put("bounty|not a number", b -> b.put("bounty", "abc"));
		cases.put("bidDeadline|in the past", b -> b.put("bidDeadline", Instant.now().minusSeconds(60).toString()));
		cases.put("bidDeadline|not an instant", b -> b.put("bidDeadline", "next friday"));
		cases.put("challengeType", b -> b.put("challengeType", "FOO"));
		cases.put("ipTerms", b -> b.put("ipTerms", "X"));
		cases.put("deliveryMonths|not a number", b -> b.put("deliveryMonths", "x"));
		cases.put("deliveryMonths|zero", b -> b.put("deliveryMonths", 0));
		cases.put("deliveryMonths|61", b -> b.put("deliveryMonths", 61));
		cases.put("technicalIndicators|a string", b -> b.put("technicalIndicators", "导通电阻 ≤ 2 mΩ"));
		cases.put("technicalIndicators|21 items", b -> b.put("technicalIndicators",
				IntStream.range(0, 21).mapToObj(i -> Map.of("name", "指标" + i, "target", "≤ " + i)).toList()));
		cases.put("requiredCapabilities|11 items",
				b -> b.put("requiredCapabilities", IntStream.range(0, 11).mapToObj(i -> "能力" + i).toList()));
		cases.put("industryChain|unknown code", b -> b.put("industryChain", "NO_SUCH_CHAIN"));
		cases.put("techFields[0]|unknown code", b -> b.put("techFields", List.of("NO_SUCH_FIELD")));
		cases.put("province|unknown code", b -> b.put("province", "ZZ"));
		cases.put("eligibility.regions[0]|unknown code", b -> b.put("eligibility",
				Map.of("text", "不限", "organizationTypes", List.of("UNIVERSITY"), "regions", List.of("ZZ"))));
		cases.put("eligibility.organizationTypes[0]|unknown type", b -> b.put("eligibility",
				Map.of("text", "不限", "organizationTypes", List.of("MARTIANS"), "regions", List.of())));
		cases.put("contactEmail", b -> b.put("contactEmail", "not-an-address"));
		long before = count("challenges");
		long audited = auditCount("CHALLENGE_CREATED");
		List<String> failures = new ArrayList<>();
		cases.forEach((name, change) -> {
			Map<String, Object> body = MarketplaceFixture.challengeBody("坏输入 " + UUID.randomUUID(),
					Instant.now().plus(MarketplaceFixture.OPEN_FOR_HOURS));
			change.accept(body);
			expectInvalid(failures, name, Reply.post(this.cast.firm(), "/api/challenges", body));
		});
		report(failures);
		assertThat(count("challenges")).as("no challenge stored").isEqualTo(before);
		assertThat(auditCount("CHALLENGE_CREATED")).as("nothing audited").isEqualTo(audited);
	}

	@Test
	void anEditWithBadInputLeavesTheStoredChallengeAsItWas() {
		String id = this.fixture.draft("坏编辑 " + UUID.randomUUID(), MarketplaceFixture.OPEN_FOR_HOURS);
		Map<String, Object> stored = challengeRow(id);
		Object version = ((Map<?, ?>) this.fixture.challenge(id).get("review")).get("version");
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, Object> bad : Map.<String, Object>of("title", "题".repeat(121), "bounty", "0.001",
				"bidDeadline", Instant.now().minusSeconds(1).toString(), "industryChain", "NOPE").entrySet()) {
			Map<String, Object> body = MarketplaceFixture.challengeBody("坏编辑 改", Instant.now().plusSeconds(3600));
			body.put("version", version);
			body.put(bad.getKey(), bad.getValue());
			expectInvalid(failures, bad.getKey(), Reply.put(this.cast.firm(), "/api/challenges/" + id, body));
		}
		Map<String, Object> noVersion = MarketplaceFixture.challengeBody("坏编辑 无版本", Instant.now().plusSeconds(3600));
		expectInvalid(failures, "version|missing", Reply.put(this.cast.firm(), "/api/challenges/" + id, noVersion));
		report(failures);
		assertThat(challengeRow(id)).isEqualTo(stored);
	}

	@Test
	void aDeadlineInsideTheMinimumBiddingPeriodCannotBeSubmitted() {
		// The test profile's minimum bidding period is PT5S: three seconds is too soon.
		String id = this.fixture.draft("截止过近 " + UUID.randomUUID(), Duration.ofSeconds(3));
		Map<String, Object> stored = challengeRow(id);
		List<String> failures = new ArrayList<>();
		expectInvalid(failures, "bidDeadline|too soon",
				Reply.post(this.cast.firm(), "/api/challenges/" + id + "/submit", null));
		String incomplete = this.fixture.draft(Map.<String, Object>of("title", "只有标题 " + UUID.randomUUID()));
		Reply refused = Reply.post(this.cast.firm(), "/api/challenges/" + incomplete + "/submit", null);
		expectInvalid(failures, "summary|incomplete draft", refused);
		assertThat(refused.errorFields()).contains("technicalIndicators", "bounty", "bidDeadline", "contactName");
		report(failures);
		assertThat(challengeRow(id)).isEqualTo(stored);
		assertThat(challengeRow(incomplete)).containsEntry("status", "DRAFT");
	}

	@Test
	void badBidBodiesAreRefusedFieldByFieldAndNoBidIsStored() {
		String challenge = this.fixture.published("坏揭榜 " + UUID.randomUUID(), MarketplaceFixture.OPEN_FOR_HOURS);
		String partner = CreditCodeFixtures.next();
		Map<String, Consumer<Map<String, Object>>> cases = new LinkedHashMap<>();
		cases.put("milestonePlan|percents sum to 101", b -> b.put("milestonePlan", plan(6, 41, 12, 60)));
		cases.put("milestonePlan[1].dueMonth|not ascending", b -> b.put("milestonePlan", plan(9, 40, 6, 60)));
		cases.put("milestonePlan[1].dueMonth|after delivery", b -> b.put("milestonePlan", plan(6, 40, 13, 60)));
		cases.put("milestonePlan|11 milestones", b -> b.put("milestonePlan",
				IntStream.rangeClosed(1, 11).mapToObj(i -> milestone(i, i == 11 ? 0 : 10)).toList()));
		cases.put("quotedAmount|above the bounty", b -> b.put("quotedAmount", "1000000.01"));
		cases.put("quotedAmount|three decimals", b -> b.put("quotedAmount", "1000.005"));
		cases.put("quotedAmount|not a number", b -> b.put("quotedAmount", "abc"));
		cases.put("deliveryMonths|beyond the challenge's", b -> b.put("deliveryMonths", 13));
		cases.put("partners[0].creditCode|invalid checksum", b -> b.put("partners",
				List.of(Map.of("name", "伙伴", "creditCode", "91310115MA1K3YJ7XI", "role", "测试"))));
		cases.put("partners[1].creditCode|duplicate", b -> b.put("partners",
				List.of(Map.of("name", "伙伴甲", "creditCode", partner, "role", "测试"),
						Map.of("name", "伙伴乙", "creditCode", partner, "role", "封装"))));
		cases.put("partners[0].creditCode|the firm itself", b -> b.put("partners",
				List.of(Map.of("name", "发榜企业", "creditCode", this.firmCreditCode, "role", "测试"))));
		cases.put("partners[0].creditCode|the lab's own organization", b -> b.put("partners",
				List.of(Map.of("name", "本单位", "creditCode", this.labCreditCode, "role", "测试"))));
		cases.put("partners|five partners", b -> b.put("partners", IntStream.range(0, 5)
			.mapToObj(i -> Map.of("name", "伙伴" + i, "creditCode", CreditCodeFixtures.next(), "role", "协作"))
			.toList()));
		cases.put("team|a string", b -> b.put("team", "王教授团队"));
		cases.put("team|31 members", b -> b.put("team", IntStream.range(0, 31)
			.mapToObj(i -> Map.of("name", "成员" + i, "title", "工程师", "role", "研发"))
			.toList()));
		cases.put("summary|501 characters", b -> b.put("summary", "要".repeat(501)));
		cases.put("technicalApproach|20001 characters", b -> b.put("technicalApproach", "路".repeat(20_001)));
		long bids = count("bids");
		List<String> failures = new ArrayList<>();
		cases.forEach((name, change) -> {
			Map<String, Object> body = MarketplaceFixture.bidBody("BAD", "500000.00");
			change.accept(body);
			expectInvalid(failures, name,
					Reply.post(this.cast.bidder(), "/api/challenges/" + challenge + "/bids", body));
		});
		report(failures);
		assertThat(count("bids")).as("no bid stored").isEqualTo(bids);
		assertThat(this.fixture.challenge(challenge).get("bidCount")).isEqualTo(0);
	}

	@Test
	void anIncompleteDraftBidCannotBeSubmittedAndStaysADraft() {
		String challenge = this.fixture.published("坏提交 " + UUID.randomUUID(), MarketplaceFixture.OPEN_FOR_HOURS);
		Map<String, Object> body = MarketplaceFixture.bidBody("SUM99", "500000.00");
		body.put("milestonePlan", plan(6, 39, 12, 60));
		body.put("conflictAffirmed", false);
		String bid = MarketplaceFixture.draftBid(this.cast.bidder(), challenge, body);
		Map<String, Object> stored = bidRow(bid);
		Reply refused = Reply.post(this.cast.bidder(), "/api/bids/" + bid + "/submit", null);
		List<String> failures = new ArrayList<>();
		expectInvalid(failures, "milestonePlan|percents sum to 99 at submission", refused);
		expectInvalid(failures, "conflictAffirmed|not affirmed", refused);
		report(failures);
		assertThat(bidRow(bid)).isEqualTo(stored).containsEntry("status", "DRAFT").containsEntry("commitment", null);
		assertThat(this.fixture.challenge(challenge).get("bidCount")).isEqualTo(0);
	}

	@Test
	void aSubmittedBidCannotBeEditedIntoOneThatCouldNotBeSubmitted() {
		String challenge = this.fixture.published("坏改标 " + UUID.randomUUID(), MarketplaceFixture.OPEN_FOR_HOURS);
		Map<String, Object> body = MarketplaceFixture.bidBody("EDIT99", "500000.00");
		String bid = MarketplaceFixture.submittedBid(this.cast.bidder(), challenge, body);
		Map<String, Object> stored = bidRow(bid);
		Object version = Reply.get(this.cast.bidder(), "/api/bids/" + bid).expect(200).json().get("version");
		List<String> failures = new ArrayList<>();
		// The edit of a submitted bid is recommitted at once, so it must pass the submission rules, not only the draft's.
		Map<String, Object> sum99 = MarketplaceFixture.bidBody("EDIT99", "500000.00");
		sum99.put("milestonePlan", plan(6, 39, 12, 60));
		sum99.put("version", version);
		expectInvalid(failures, "milestonePlan|percents sum to 99 on a submitted bid",
				Reply.put(this.cast.bidder(), "/api/bids/" + bid, sum99));
		Map<String, Object> unaffirmed = MarketplaceFixture.bidBody("EDIT99", "500000.00");
		unaffirmed.put("conflictAffirmed", false);
		unaffirmed.put("version", Reply.get(this.cast.bidder(), "/api/bids/" + bid).expect(200).json().get("version"));
		expectInvalid(failures, "conflictAffirmed|withdrawn affirmation on a submitted bid",
				Reply.put(this.cast.bidder(), "/api/bids/" + bid, unaffirmed));
		report(failures);
		assertThat(bidRow(bid)).as("the submitted bid and its commitment are as they were").isEqualTo(stored);
	}

	@Test
	void aBidAtEveryLimitIsStoredWhole() {
		String challenge = this.fixture.published("满额揭榜 " + UUID.randomUUID(), MarketplaceFixture.OPEN_FOR_HOURS);
		// Quotes and line breaks are ordinary text, but each takes two characters once stored as JSON.
		String quoted = "\"\n";
		Map<String, Object> body = MarketplaceFixture.bidBody("LIMITS", "1000000.00");
		body.put("summary", fill(quoted, 500));
		body.put("technicalApproach", fill(quoted, 20_000));
		body.put("team", IntStream.range(0, 30)
			.mapToObj(i -> Map.of("name", fill(i + quoted, 60), "title", fill(quoted, 60), "role", fill(quoted, 60)))
			.toList());
		body.put("partners", IntStream.range(0, 4)
			.mapToObj(i -> Map.of("name", fill(i + quoted, 200), "creditCode", CreditCodeFixtures.next(), "role",
					fill(quoted, 100)))
			.toList());
		body.put("milestonePlan", IntStream.rangeClosed(1, 10)
			.mapToObj(i -> Map.of("title", fill(i + quoted, 120), "deliverable", fill(quoted, 1000), "dueMonth", i,
					"paymentPercent", 10))
			.toList());
		body.put("conflictDeclaration", fill(quoted, 2000));
		Reply created = Reply.post(this.cast.bidder(), "/api/challenges/" + challenge + "/bids", body);
		assertThat(created.status()).as("a bid within every limit is accepted: %s", created).isEqualTo(201);
		Map<String, Object> stored = Reply.get(this.cast.bidder(), "/api/bids/" + created.text("id")).expect(200).json();
		assertThat(stored.get("milestonePlan")).isEqualTo(body.get("milestonePlan"));
		assertThat(stored.get("team")).isEqualTo(body.get("team"));
		assertThat(stored.get("partners")).isEqualTo(body.get("partners"));
	}

	@Test
	void aChallengeAtEveryLimitIsStoredWholeOrRefusedAsInvalid() {
		String quoted = "\"引号\"\n";
		Map<String, Object> body = MarketplaceFixture.challengeBody(fill(quoted, 120),
				Instant.now().plus(MarketplaceFixture.OPEN_FOR_HOURS));
		body.put("summary", fill(quoted, 500));
		body.put("description", fill(quoted, 20_000));
		body.put("technicalIndicators", IntStream.range(0, 20)
			.mapToObj(i -> Map.of("name", fill(i + "\u0001", 100), "target", fill("\u0002", 100), "unit",
					fill("\u0003", 30)))
			.toList());
		body.put("requiredCapabilities", IntStream.range(0, 10).mapToObj(i -> fill(i + quoted, 40)).toList());
		long before = count("challenges");
		Reply created = Reply.post(this.cast.firm(), "/api/challenges", body);
		if (created.status() == 201) {
			Map<String, Object> stored = this.fixture.challenge(created.text("id"));
			assertThat(stored.get("technicalIndicators")).isEqualTo(body.get("technicalIndicators"));
			assertThat(stored.get("description")).isEqualTo(body.get("description"));
			return;
		}
		assertThat(created.status()).as("stored whole (201) or refused as invalid (400): %s", created).isEqualTo(400);
		assertThat(created.errorFields()).anyMatch(field -> field.startsWith("technicalIndicators"));
		assertThat(count("challenges")).isEqualTo(before);
	}

	/** Text of exactly this length made of the unit, ending in a letter so that trimming leaves it whole. */
	private static String fill(String unit, int length) {
		return unit.repeat(length / unit.length() + 1).substring(0, length - 1) + "止";
	}

	private static List<Map<String, Object>> plan(int firstMonth, int firstPercent, int secondMonth,
			int secondPercent) {
		return List.of(Map.of("title", "样品", "deliverable", "样品", "dueMonth", firstMonth, "paymentPercent",
				firstPercent), Map.of("title", "验收", "deliverable", "报告", "dueMonth", secondMonth,
						"paymentPercent", secondPercent));
	}

	private static Map<String, Object> milestone(int month, int percent) {
		return Map.of("title", "阶段" + month, "deliverable", "成果" + month, "dueMonth", month, "paymentPercent",
				Math.max(percent, 1));
	}

	/** Checks a 400 problem whose errors name the field before the "|" of the case name. */
	private static void expectInvalid(List<String> failures, String name, Reply reply) {
		String field = name.split("\\|")[0];
		if (reply.status() != 400 || !reply.isProblem() || !reply.errorFields().contains(field)) {
			failures.add(String.format("%-55s expected 400 naming '%s', got %s", name, field, reply));
		}
	}

	private static void report(List<String> failures) {
		if (!failures.isEmpty()) {
			fail(failures.size() + " bad inputs were not refused as they should be:\n" + String.join("\n", failures));
		}
	}

	private String creditCode(Session session) {
		return (String) ((Map<?, ?>) Cast.me(session).get("organization")).get("creditCode");
	}

	private long count(String table) {
		return this.db.sql("SELECT COUNT(*) AS n FROM " + table)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private long auditCount(String action) {
		return this.db.sql("SELECT COUNT(*) AS n FROM audit_log WHERE action = :action")
			.bind("action", action)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private Map<String, Object> challengeRow(String id) {
		return row("SELECT * FROM challenges WHERE id = :id", id);
	}

	private Map<String, Object> bidRow(String id) {
		return row("SELECT * FROM bids WHERE id = :id", id);
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

}
