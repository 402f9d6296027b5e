package org.jiebang.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;

import org.jiebang.support.Api;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;

/**
 * Takes challenges through the API to a confirmed award with the movable clock: published by the cast's firm,
 * bid on by the fixture's bidder (and, on the first, by the cast's other lab), closed by moving past the
 * deadline, scored by an expert, proposed and confirmed once the announcement period has passed.
 */
public final class DeliveryFixture {

	/** The winning bid's quote and plan: three milestones due in months 1, 2 and 3, paid 33/33/34 %. */
	public static final String QUOTE = "999999.99";

	private final Api api;

	private final Cast cast;

	private final MovableClock clock;

	private final Session bidder;

	/** A fixture whose winning bids come from the bidder session (a lab of a verified organization). */
	public DeliveryFixture(Api api, Cast cast, MovableClock clock, Session bidder) {
		this.api = api;
		this.cast = cast;
		this.clock = clock;
		this.bidder = bidder;
	}

	/** A new lab of a new, verified university: a winner with no history, for exact track records. */
	public static Session freshLab(Api api, Cast cast) {
		Session lab = api.register("LAB", "UNIVERSITY", Api.uniqueName("winner"));
		Reply.post(cast.admin(), "/api/admin/organizations/" + Cast.organizationId(lab) + "/verify", null).expect(200);
		return lab;
	}

	/**
	 * An awarded challenge.
	 *
	 * @param challenge its id
	 * @param winningBid the bidder's bid
	 * @param losingBid the other lab's bid, or {@code null}
	 */
	public record Awarded(String challenge, String winningBid, String losingBid) {
	}

	/** Awards as many new challenges as titles, the first with a losing bid of the other lab too. */
	public List<Awarded> awarded(String... titles) {
		List<String> challenges = new ArrayList<>();
		List<String> winners = new ArrayList<>();
		String loser = null;
		for (String title : titles) {
			Map<String, Object> body = MarketplaceFixture.challengeBody(title + " " + UUID.randomUUID().toString().substring(0, 6),
					this.clock.instant().plus(Duration.ofHours(1)));
			String id = Reply.post(this.cast.firm(), "/api/challenges", body).expect(201).text("id");
			Reply.post(this.cast.firm(), "/api/challenges/" + id + "/submit", null).expect(200);
			Reply.post(this.cast.admin(), "/api/admin/challenges/" + id + "/approve", null).expect(200);
			challenges.add(id);
			winners.add(MarketplaceFixture.submittedBid(this.bidder, id, bid("交付 " + title)));
			if (loser == null) {
				loser = MarketplaceFixture.submittedBid(this.cast.otherLab(), id, MarketplaceFixture.bidBody("落选", "800000.00"));
			}
		}
		this.clock.advance(Duration.ofHours(2));
		awaitStatus("CLOSED", challenges);
		String expert = expert();
		Session expertSession = this.api.login(expertName, "Review3r-pass");
		List<Awarded> awarded = new ArrayList<>();
		for (int i = 0; i < challenges.size(); i++) {
			String c = challenges.get(i);
			Reply.post(this.cast.admin(), "/api/admin/challenges/" + c + "/reviewers", Map.of("reviewerIds", List.of(expert)))
				.expect(200);
			Reply.post(expertSession, "/api/reviews/" + c + "/conflict", Map.of("hasConflict", false, "statement", "无"))
				.expect(200);
			Reply.put(expertSession, "/api/reviews/" + c + "/bids/" + winners.get(i) + "/score", score("88")).expect(200);
			if (i == 0) {
				Reply.put(expertSession, "/api/reviews/" + c + "/bids/" + loser + "/score", score("70")).expect(200);
			}
			Reply.post(this.cast.admin(), "/api/admin/challenges/" + c + "/award",
					Map.of("bidId", winners.get(i), "rationale", "综合评分最高")).expect(201);
			awarded.add(new Awarded(c, winners.get(i), i == 0 ? loser : null));
		}
		this.clock.advance(Duration.ofMinutes(1));
		for (Awarded a : awarded) {
			Reply.post(this.cast.admin(), "/api/admin/challenges/" + a.challenge() + "/confirm", null).expect(200);
		}
		return awarded;
	}

	private String expertName;

	private String expert() {
		this.expertName = Api.uniqueName("expert");
		return Reply.post(this.cast.admin(), "/api/admin/experts", Map.of("username", this.expertName, "password",
				"Review3r-pass", "displayName", "交付专家")).expect(201).text("id");
	}

	/** A bid quoting {@link #QUOTE} with three milestones (months 1, 2, 3; 33/33/34 %). */
	public static Map<String, Object> bid(String marker) {
		Map<String, Object> body = MarketplaceFixture.bidBody(marker, QUOTE);
		body.put("milestonePlan", List.of(
				Map.of("title", "方案设计", "deliverable", "设计报告 " + marker, "dueMonth", 1, "paymentPercent", 33),
				Map.of("title", "样品试制", "deliverable", "样品与测试报告", "dueMonth", 2, "paymentPercent", 33),
				Map.of("title", "验收交付", "deliverable", "验收报告与成果", "dueMonth", 3, "paymentPercent", 34)));
		return body;
	}

	static Map<String, Object> score(String total) {
		BigDecimal sum = new BigDecimal(total);
		BigDecimal tm = part(sum, 40);
		BigDecimal fe = part(sum, 25);
		BigDecimal tc = part(sum, 20);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("technicalMerit", Map.of("score", tm, "comment", "技术路线"));
		body.put("feasibility", Map.of("score", fe, "comment", "可行性"));
		body.put("teamCapability", Map.of("score", tc, "comment", "团队"));
		body.put("costReasonableness", Map.of("score", sum.subtract(tm).subtract(fe).subtract(tc), "comment", "报价"));
		return body;
	}

	private static BigDecimal part(BigDecimal total, int weight) {
		return total.multiply(BigDecimal.valueOf(weight)).divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
	}

	/** Waits until every challenge is in the state (the deadline job runs every second). */
	public void awaitStatus(String status, List<String> challenges) {
		Awaitility.await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(250)).until(() -> challenges
			.stream()
			.allMatch(c -> status.equals(Reply.get(this.cast.admin(), "/api/challenges/" + c).expect(200).text("status"))));
	}

	/** The challenge's delivery as a session sees it. */
	public static Map<String, Object> delivery(Session session, String challenge) {
		return Reply.get(session, "/api/challenges/" + challenge + "/milestones").expect(200).json();
	}

	/** The milestones of a delivery view. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> milestones(Map<String, Object> delivery) {
		return (List<Map<String, Object>>) delivery.get("milestones");
	}

}
