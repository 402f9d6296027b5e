package org.jiebang.bid;

import java.time.Duration;
import java.time.Instant;
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
 * SPEC §3 "sealed until the deadline": before the close no response to anyone but the bidding lab carries
 * anything of the bid (texts, team, partner, amount, commitment, id), whichever endpoint, filter or error
 * they try; everyone sees the bid count only. After the close the firm and administrators open it, the
 * commitment verifies, and the audit entries about it appear.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class SealingScenarios extends IntegrationTestSupport {

	private static final String AMOUNT = "987654.32";

	private static final String WITHDRAWN_AMOUNT = "765432.10";

	private static final List<String> BID_FIELD_NAMES = List.of("technicalApproach", "quotedAmount", "team",
			"partners", "milestonePlan", "conflictDeclaration", "commitment");

	@Autowired
	DatabaseClient db;

	private Cast cast;

	private MarketplaceFixture fixture;

	private Session withdrawingLab;

	private Instant start;

	private String title;

	private String challenge;

	private String bid;

	private String commitment;

	private String marker;

	private String partnerCode;

	private String withdrawnBid;

	private String withdrawnMarker;

	private String withdrawnCommitment;

	@BeforeAll
	void prepare() {
		this.start = Instant.now();
		this.cast = Cast.signIn(api());
		this.withdrawingLab = api().login("lab-sj-mri", Cast.DEMO_PASSWORD);
		this.fixture = new MarketplaceFixture(this.cast);
		String suffix = UUID.randomUUID().toString().substring(0, 12);
		this.title = "封存测试 " + suffix;
		this.marker = "SEALMARK" + suffix;
		this.withdrawnMarker = "WDMARK" + suffix;
		this.challenge = this.fixture.published(this.title, Duration.ofSeconds(15));
		Map<String, Object> body = MarketplaceFixture.bidBody(this.marker, AMOUNT);
		this.partnerCode = (String) ((Map<?, ?>) ((List<?>) body.get("partners")).get(0)).get("creditCode");
		this.bid = MarketplaceFixture.draftBid(this.cast.bidder(), this.challenge, body);
		this.commitment = (String) MarketplaceFixture.submitBid(this.cast.bidder(), this.bid).get("commitment");
		this.withdrawnBid = MarketplaceFixture.draftBid(this.withdrawingLab, this.challenge,
				MarketplaceFixture.bidBody(this.withdrawnMarker, WITHDRAWN_AMOUNT));
		this.withdrawnCommitment = (String) MarketplaceFixture.submitBid(this.withdrawingLab, this.withdrawnBid)
			.get("commitment");
		Reply.post(this.withdrawingLab, "/api/bids/" + this.withdrawnBid + "/withdraw", null).expect(200);
	}

	@Test
	@Order(1)
	void beforeTheCloseNoResponseToAnyoneButTheBiddingLabCarriesTheBid() {
		assertThat(this.commitment).hasSize(64);
		Reply own = Reply.get(this.cast.bidder(), "/api/bids/" + this.bid).expect(200);
		assertThat(own.body()).as("the lab itself sees its bid").contains(this.marker, AMOUNT, this.commitment);

		List<String> leaks = new ArrayList<>();
		Map<String, Session> outsiders = outsiders();
		outsiders.forEach((who, session) -> walk(session).forEach(reply -> leaks.addAll(leaks(who, reply))));
		if (!leaks.isEmpty()) {
			fail(leaks.size() + " responses reveal a sealed bid:\n" + String.join("\n", leaks));
		}

		for (Session session : outsiders.values()) {
			Map<String, Object> view = Reply.get(session, "/api/challenges/" + this.challenge).expect(200).json();
			assertThat(view.get("bidCount")).as("the withdrawn bid is not counted").isEqualTo(1);
			assertThat(view.keySet()).doesNotContainAnyElementsOf(BID_FIELD_NAMES);
		}
		assertThat(auditRowsAbout(this.bid)).as("the bid's audit entries exist, chained but sealed").isPositive();
		assertThat(Reply.get(this.cast.admin(), "/api/admin/audit?entityId=" + this.bid).expect(200).json().get("total"))
			.as("admins do not see the audit entries of a sealed bid")
			.isEqualTo(0);
		Map<String, Object> now = this.fixture.challenge(this.challenge);
		assertThat(now.get("closedAt")).as("the walk must end before the close; make the deadline later").isNull();
	}

	@Test
	@Order(2)
	void afterTheCloseTheFirmAndAdminsOpenTheBidAndItMatchesItsReceipt() {
		this.fixture.awaitClosed(this.challenge);
		for (Session insider : List.of(this.cast.firm(), this.cast.admin())) {
			List<Map<String, Object>> opened = Reply.get(insider, "/api/challenges/" + this.challenge + "/bids")
				.expect(200)
				.list();
			assertThat(opened).extracting(b -> b.get("id")).containsExactly(this.bid);
			assertThat(opened.get(0).get("summary")).asString().contains(this.marker);
			assertThat(opened.get(0).get("quotedAmount")).isEqualTo(AMOUNT);
			assertThat(opened.get(0).get("commitment")).isEqualTo(this.commitment);
			assertThat(Reply.get(insider, "/api/bids/" + this.bid).expect(200).body()).contains(this.marker,
					this.partnerCode);
			Map<String, Object> verification = Reply.get(insider, "/api/bids/" + this.bid + "/verify")
				.expect(200)
				.json();
			assertThat(verification).containsEntry("matches", true).containsEntry("recorded", this.commitment);
		}
		Map<String, Object> receipt = Reply.get(this.cast.bidder(), "/api/bids/" + this.bid + "/receipt")
			.expect(200)
			.json();
		assertThat(receipt).containsEntry("commitment", this.commitment);
		assertThat(Reply.get(this.cast.bidder(), "/api/bids/" + this.bid + "/verify").expect(200).json())
			.containsEntry("matches", true);

		Map<String, Object> audit = Reply.get(this.cast.admin(), "/api/admin/audit?entityId=" + this.bid)
			.expect(200)
			.json();
		assertThat(((List<?>) audit.get("items")).stream().map(e -> String.valueOf(((Map<?, ?>) e).get("action"))))
			.as("the bid's audit entries appear to admins after the close")
			.contains("BID_CREATED", "BID_SUBMITTED");
		assertThat(Reply.get(this.cast.firm(), "/api/admin/audit?entityId=" + this.bid).status()).isEqualTo(403);

		List<String> leaks = new ArrayList<>();
		Map<String, Session> strangers = new LinkedHashMap<>(outsiders());
		strangers.remove("firm");
		strangers.remove("admin");
		strangers.forEach((who, session) -> walk(session).forEach(reply -> leaks.addAll(leaks(who, reply))));
		if (!leaks.isEmpty()) {
			fail(leaks.size() + " responses reveal an opened bid to someone not entitled:\n" + String.join("\n", leaks));
		}
	}

	@Test
	@Order(3)
	void aWithdrawnBidIsNotOpenedWithTheOthers() {
		this.fixture.awaitClosed(this.challenge);
		for (Session insider : List.of(this.cast.firm(), this.cast.admin())) {
			assertThat(Reply.get(insider, "/api/challenges/" + this.challenge + "/bids").expect(200).body())
				.doesNotContain(this.withdrawnMarker, this.withdrawnBid);
			Reply direct = Reply.get(insider, "/api/bids/" + this.withdrawnBid);
			assertThat(direct.body()).as("a withdrawn bid is not an offer; it stays with its lab: %s", direct)
				.doesNotContain(this.withdrawnMarker, WITHDRAWN_AMOUNT);
			assertThat(direct.status()).isEqualTo(404);
		}
	}

	/** Everyone but the bidding lab, by name. */
	private Map<String, Session> outsiders() {
		Map<String, Session> outsiders = new LinkedHashMap<>();
		outsiders.put("firm", this.cast.firm());
		outsiders.put("other firm", this.cast.otherFirm());
		outsiders.put("other lab", this.cast.otherLab());
		outsiders.put("admin", this.cast.admin());
		outsiders.put("anonymous", this.cast.anonymous());
		return outsiders;
	}

	/** Every endpoint a non-bidder can call that could touch the challenge or its bids, errors included. */
	private List<Reply> walk(Session s) {
		String c = "/api/challenges/" + this.challenge;
		String b = "/api/bids/" + this.bid;
		String w = "/api/bids/" + this.withdrawnBid;
		List<Reply> replies = new ArrayList<>();
		for (String uri : List.of(c, "/api/challenges", "/api/challenges?size=100",
				"/api/challenges?q=" + this.title.split(" ")[1], "/api/challenges?q=" + this.marker,
				"/api/challenges?status=PUBLISHED&open=true&sort=DEADLINE&size=100",
				"/api/challenges?chain=INTEGRATED_CIRCUITS&type=KEY_CORE&region=GD&minBounty=1&maxBounty=10000000000",
				"/api/challenges?sort=BOUNTY&size=100", "/api/challenges?status=CLOSED&size=100",
				"/api/challenges?minBounty=abc", "/api/challenges?status=DRAFT", "/api/my/challenges?size=100",
				"/api/my/challenges?status=PUBLISHED", "/api/admin/review-queue", "/api/admin/audit?size=100",
				"/api/admin/audit?size=100&page=1", "/api/admin/audit?entityType=bid&size=100",
				"/api/admin/audit?entityId=" + this.bid, "/api/admin/audit?entityId=" + this.withdrawnBid,
				"/api/admin/audit?entityId=" + this.challenge, "/api/admin/audit?action=BID_SUBMITTED&size=100",
				"/api/admin/audit?action=BID_CREATED&size=100", "/api/admin/audit?action=BID_WITHDRAWN&size=100",
				"/api/admin/audit?actorName=" + Cast.BIDDER + "&size=100", "/api/admin/audit?from=" + this.start
						+ "&size=100",
				"/api/admin/audit/verify", c + "/bids", b, b + "/receipt", b + "/verify", w, w + "/receipt",
				w + "/verify", "/api/bids/" + UUID.randomUUID(), "/api/bids/not-an-id", "/api/my/bids",
				"/api/labs?q=" + this.marker, "/api/labs?size=100", "/api/stats/public", "/api/notifications")) {
			replies.add(Reply.get(s, uri));
		}
		Map<String, Object> intruder = MarketplaceFixture.bidBody("INTRUDER", "1000.00");
		intruder.put("version", 0);
		replies.add(Reply.put(s, b, intruder));
		replies.add(Reply.post(s, b + "/submit", null));
		replies.add(Reply.post(s, b + "/withdraw", null));
		replies.add(Reply.put(s, c, Map.of("title", "改标题", "version", 0)));
		return replies;
	}

	private List<String> leaks(String who, Reply reply) {
		List<String> leaks = new ArrayList<>();
		if (reply.status() >= 500) {
			leaks.add(who + ": server error " + reply);
		}
		if (reply.status() >= 400 && !reply.isProblem()) {
			leaks.add(who + ": refusal is not problem+json " + reply);
		}
		Map<String, String> secrets = new LinkedHashMap<>();
		secrets.put("marker", this.marker);
		secrets.put("amount", AMOUNT);
		secrets.put("commitment", this.commitment);
		secrets.put("partner credit code", this.partnerCode);
		secrets.put("withdrawn bid's marker", this.withdrawnMarker);
		secrets.put("withdrawn bid's amount", WITHDRAWN_AMOUNT);
		secrets.put("withdrawn bid's commitment", this.withdrawnCommitment);
		if (!reply.uri().contains(this.bid)) {
			secrets.put("bid id", this.bid);
		}
		if (!reply.uri().contains(this.withdrawnBid)) {
			secrets.put("withdrawn bid id", this.withdrawnBid);
		}
		secrets.forEach((name, value) -> {
			if (!reply.uri().contains(value) && reply.body().contains(value)) {
				leaks.add(who + ": " + name + " in " + reply);
			}
		});
		return leaks;
	}

	private long auditRowsAbout(String entityId) {
		return this.db.sql("SELECT COUNT(*) AS n FROM audit_log WHERE entity_id = :id")
			.bind("id", entityId)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

}
