package org.jiebang.support.marketplace;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

import org.jiebang.support.CreditCodeFixtures;
import org.jiebang.support.Session;

/**
 * Builds marketplace situations through the public API, the way users make them: a firm's complete
 * challenge taken through review to publication with a deadline seconds away, a lab's bid drafted and
 * submitted, and the wait for the deadline job to close the challenge.
 */
public final class MarketplaceFixture {

	/** Far enough away that a challenge stays open for the whole test run. */
	public static final Duration OPEN_FOR_HOURS = Duration.ofHours(2);

	private final Session firm;

	private final Session admin;

	public MarketplaceFixture(Session firm, Session admin) {
		this.firm = firm;
		this.admin = admin;
	}

	public MarketplaceFixture(Cast cast) {
		this(cast.firm(), cast.admin());
	}

	/** The firm member this fixture creates challenges as. */
	public Session firmSession() {
		return this.firm;
	}

	/** A challenge body that passes every check at submission. */
	public static Map<String, Object> challengeBody(String title, Instant deadline) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("summary", "碳化硅 MOSFET 栅氧可靠性攻关");
		body.put("description", "## 背景\n高温栅偏下阈值电压漂移过大。");
		body.put("technicalIndicators", List.of(Map.of("name", "阈值漂移", "target", "≤ 0.1", "unit", "V")));
		body.put("requiredCapabilities", List.of("SiC MOSFET", "栅氧工艺"));
		body.put("industryChain", "INTEGRATED_CIRCUITS");
		body.put("techFields", List.of("POWER_SEMICONDUCTORS"));
		body.put("challengeType", "KEY_CORE");
		body.put("bounty", "1000000.00");
		body.put("bidDeadline", deadline.toString());
		body.put("deliveryMonths", 12);
		body.put("eligibility", Map.of("text", "高校院所与企业研发团队", "organizationTypes",
				List.of("UNIVERSITY", "INSTITUTE", "ENTERPRISE"), "regions", List.of()));
		body.put("ipTerms", "JOINT");
		body.put("province", "GD");
		body.put("city", "深圳市");
		body.put("contactName", "张工");
		body.put("contactPhone", "0755-1234567");
		body.put("contactEmail", "zhang@example.com");
		return body;
	}

	/** A complete bid whose free texts all carry the marker, quoting the given amount. */
	public static Map<String, Object> bidBody(String marker, String quotedAmount) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("summary", "方案摘要 " + marker);
		body.put("technicalApproach", "## 技术路线 " + marker + "\n栅氧工艺优化");
		body.put("quotedAmount", quotedAmount);
		body.put("deliveryMonths", 12);
		body.put("team", List.of(Map.of("name", "队长" + marker, "title", "教授", "role", "负责人"),
				Map.of("name", "队员" + marker, "title", "副教授", "role", "工艺")));
		body.put("partners", List.of(Map.of("name", "伙伴" + marker, "creditCode", CreditCodeFixtures.next(), "role",
				"封装测试")));
		body.put("milestonePlan",
				List.of(Map.of("title", "样品", "deliverable", "样品 " + marker, "dueMonth", 6, "paymentPercent", 40),
						Map.of("title", "验收", "deliverable", "验收报告", "dueMonth", 12, "paymentPercent", 60)));
		body.put("conflictDeclaration", "与发榜企业无利益冲突");
		body.put("conflictAffirmed", true);
		return body;
	}

	/** Creates a draft and answers its id. */
	public String draft(Map<String, Object> body) {
		return Reply.post(this.firm, "/api/challenges", body).expect(201).text("id");
	}

	public String draft(String title, Duration untilDeadline) {
		return draft(challengeBody(title, Instant.now().plus(untilDeadline)));
	}

	/** Creates and submits for review. */
	public String submitted(String title, Duration untilDeadline) {
		String id = draft(title, untilDeadline);
		Reply.post(this.firm, "/api/challenges/" + id + "/submit", null).expect(200);
		return id;
	}

	/** Creates, submits and has an administrator approve: PUBLISHED, open for bids until the deadline. */
	public String published(String title, Duration untilDeadline) {
		String id = submitted(title, untilDeadline);
		Reply.post(this.admin, "/api/admin/challenges/" + id + "/approve", null).expect(200);
		return id;
	}

	/** The challenge as an administrator sees it. */
	public Map<String, Object> challenge(String id) {
		return Reply.get(this.admin, "/api/challenges/" + id).expect(200).json();
	}

	/** Starts a bid and answers its id. */
	public static String draftBid(Session lab, String challengeId, Map<String, Object> body) {
		return Reply.post(lab, "/api/challenges/" + challengeId + "/bids", body).expect(201).text("id");
	}

	/** Submits a drafted bid and answers the bid as its lab sees it (with the commitment). */
	public static Map<String, Object> submitBid(Session lab, String bidId) {
		return Reply.post(lab, "/api/bids/" + bidId + "/submit", null).expect(200).json();
	}

	/** Drafts and submits a bid; answers its id. */
	public static String submittedBid(Session lab, String challengeId, Map<String, Object> body) {
		String id = draftBid(lab, challengeId, body);
		submitBid(lab, id);
		return id;
	}

	/** Waits until the deadline job has closed every given challenge. */
	public void awaitClosed(String... challengeIds) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(45))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> {
				for (String id : challengeIds) {
					if (!"CLOSED".equals(challenge(id).get("status"))) {
						return false;
					}
				}
				return true;
			});
	}

}
