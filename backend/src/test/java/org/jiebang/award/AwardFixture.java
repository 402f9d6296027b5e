package org.jiebang.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jiebang.support.Api;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;

/**
 * Builds evaluation situations through the API: experts created by the administrator, challenges taken to
 * the close with bids, reviewers assigned, conflicts declared, bids scored and awards proposed.
 */
final class AwardFixture {

	static final String EXPERT_PASSWORD = "Review3r-pass";

	/** Seconds until the deadline of a challenge meant to close during the test (the test minimum is 5). */
	static final Duration CLOSING = Duration.ofSeconds(8);

	private final Api api;

	private final Cast cast;

	private final MarketplaceFixture market;

	AwardFixture(Api api, Cast cast) {
		this.api = api;
		this.cast = cast;
		this.market = new MarketplaceFixture(cast);
	}

	Cast cast() {
		return this.cast;
	}

	MarketplaceFixture market() {
		return this.market;
	}

	/**
	 * An expert of the pool, signed in.
	 *
	 * @param id the expert's user id
	 * @param session the expert's session
	 */
	record Expert(String id, Session session) {
	}

	/** Has the administrator create an expert (of an organization, or none) and signs them in. */
	Expert expert(UUID organizationId) {
		String username = Api.uniqueName("expert");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("password", EXPERT_PASSWORD);
		body.put("displayName", "专家 " + username);
		if (organizationId != null) {
			body.put("organizationId", organizationId.toString());
		}
		String id = Reply.post(this.cast.admin(), "/api/admin/experts", body).expect(201).text("id");
		return new Expert(id, this.api.login(username, EXPERT_PASSWORD));
	}

	/** A published challenge with the given bounty whose deadline is {@link #CLOSING} away. */
	String closing(String title, String bounty) {
		return published(title, bounty, CLOSING);
	}

	String published(String title, String bounty, Duration untilDeadline) {
		String unique = title + " " + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> body = MarketplaceFixture.challengeBody(unique, Instant.now().plus(untilDeadline));
		body.put("bounty", bounty);
		String id = this.market.draft(body);
		Reply.post(this.cast.firm(), "/api/challenges/" + id + "/submit", null).expect(200);
		Reply.post(this.cast.admin(), "/api/admin/challenges/" + id + "/approve", null).expect(200);
		return id;
	}

	/** A submitted bid whose texts carry the marker; partners by credit code, or the fixture's random one. */
	static String bid(Session lab, String challenge, String marker, String amount, String... partnerCreditCodes) {
		Map<String, Object> body = MarketplaceFixture.bidBody(marker, amount);
		if (partnerCreditCodes.length > 0) {
			body.put("partners", java.util.Arrays.stream(partnerCreditCodes)
				.map(code -> Map.of("name", "联合体伙伴 " + marker, "creditCode", code, "role", "中试验证"))
				.toList());
		}
		return MarketplaceFixture.submittedBid(lab, challenge, body);
	}

	void awaitClosed(String... challenges) {
		this.market.awaitClosed(challenges);
	}

	List<Map<String, Object>> assign(String challenge, String... reviewerIds) {
		return Reply.post(this.cast.admin(), "/api/admin/challenges/" + challenge + "/reviewers",
				Map.of("reviewerIds", List.of(reviewerIds)))
			.expect(200)
			.list();
	}

	static void declareNoConflict(Session expert, String challenge) {
		Reply.post(expert, "/api/reviews/" + challenge + "/conflict", Map.of("hasConflict", false, "statement", "无利益冲突"))
			.expect(200);
	}

	static Reply score(Session expert, String challenge, String bid, String total) {
		return Reply.put(expert, "/api/reviews/" + challenge + "/bids/" + bid + "/score", scoreBody(total));
	}

	/** Criterion scores in proportion to the default rubric (40/25/20/15) adding up to the total. */
	static Map<String, Object> scoreBody(String total) {
		BigDecimal sum = new BigDecimal(total);
		BigDecimal tm = part(sum, 40);
		BigDecimal fe = part(sum, 25);
		BigDecimal tc = part(sum, 20);
		BigDecimal cr = sum.subtract(tm).subtract(fe).subtract(tc);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("technicalMerit", Map.of("score", tm, "comment", "技术路线评价 " + total));
		body.put("feasibility", Map.of("score", fe, "comment", "可行性评价"));
		body.put("teamCapability", Map.of("score", tc, "comment", "团队评价"));
		body.put("costReasonableness", Map.of("score", cr, "comment", "报价评价"));
		return body;
	}

	private static BigDecimal part(BigDecimal total, int weight) {
		return total.multiply(BigDecimal.valueOf(weight)).divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
	}

	Reply propose(String challenge, String bid) {
		return Reply.post(this.cast.admin(), "/api/admin/challenges/" + challenge + "/award",
				Map.of("bidId", bid, "rationale", "综合评分最高，技术路线成熟"));
	}

	Map<String, Object> workspace(String challenge) {
		return Reply.get(this.cast.admin(), "/api/admin/challenges/" + challenge + "/evaluation").expect(200).json();
	}

	String challengeStatus(String challenge) {
		return (String) this.market.challenge(challenge).get("status");
	}

	/** The bid as the challenge's firm sees it after the close. */
	String bidStatus(String bid) {
		return Reply.get(this.cast.firm(), "/api/bids/" + bid).expect(200).text("status");
	}

	/** The kinds of the session's notifications. */
	static List<Object> notificationKinds(Session session) {
		Map<String, Object> page = Reply.get(session, "/api/notifications?size=100").expect(200).json();
		return ((List<?>) page.get("items")).stream().map(n -> ((Map<?, ?>) n).get("kind")).map(Object.class::cast).toList();
	}

	void assertAuditChainIntact() {
		Map<String, Object> verification = Reply.get(this.cast.admin(), "/api/admin/audit/verify").expect(200).json();
		if (!Boolean.TRUE.equals(verification.get("ok"))) {
			throw new AssertionError("Audit chain broken: " + verification);
		}
	}

}
