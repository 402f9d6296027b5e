package org.jiebang.award;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §4 announcement (公示) and objections over real HTTP, with a three-second announcement period: no
 * confirmation before the end or with an objection pending; a dismissed objection is answered to its
 * objector; an upheld one withdraws the proposal and reopens evaluation; two administrators confirming at
 * once, and objections racing the end of the period, leave exactly one consistent outcome.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = "jiebang.award.publicity-period=PT3S")
abstract class AnnouncementScenarios extends IntegrationTestSupport {

	private static final Set<String> CONFIRM_REFUSALS = Set.of("publicity-period-running", "objections-pending",
			"award-state", "challenge-state");

	@Autowired
	AwardService awardService;

	private final ExecutorService pool = Executors.newFixedThreadPool(24);

	private AwardFixture fixture;

	private Cast cast;

	private Session secondAdmin;

	private AwardFixture.Expert expert;

	private List<Session> objectors;

	/** Challenge ids by name, each with a bid of the bidder ("name.own") and of the other lab ("name.other"). */
	private final Map<String, String> ids = new java.util.HashMap<>();

	@BeforeAll
	void prepare() {
		this.cast = Cast.signIn(api());
		this.fixture = new AwardFixture(api(), this.cast);
		this.secondAdmin = api().login("demo-admin", "Jiebang#Admin2026");
		this.expert = this.fixture.expert(null);
		this.objectors = List.of(this.cast.otherLab(), this.cast.otherFirm(), this.cast.firm(), this.cast.bidder(),
				this.expert.session());
		List<String> names = List.of("dismissed", "upheld", "confirmers", "raceEarly", "raceLate");
		for (String name : names) {
			String challenge = this.fixture.closing("公示 " + name, "1000000.00");
			this.ids.put(name, challenge);
			this.ids.put(name + ".own", AwardFixture.bid(this.cast.bidder(), challenge, "OWN" + name, "900000.00"));
			this.ids.put(name + ".other", AwardFixture.bid(this.cast.otherLab(), challenge, "OTH" + name, "700000.00"));
		}
		this.fixture.awaitClosed(names.stream().map(this.ids::get).toArray(String[]::new));
		for (String name : names) {
			String challenge = this.ids.get(name);
			this.fixture.assign(challenge, this.expert.id());
			AwardFixture.declareNoConflict(this.expert.session(), challenge);
			AwardFixture.score(this.expert.session(), challenge, this.ids.get(name + ".own"), "85").expect(200);
			AwardFixture.score(this.expert.session(), challenge, this.ids.get(name + ".other"), "70").expect(200);
		}
	}

	@AfterAll
	void stopThreads() {
		this.pool.shutdownNow();
	}

	@Test
	@Order(1)
	void confirmationWaitsForTheEndOfThePeriodAndForDismissedObjections() {
		String c = this.ids.get("dismissed");
		String winner = this.ids.get("dismissed.own");
		this.awardService.recordRecommendationRanks(UUID.fromString(c),
				Map.of(Cast.labId(this.cast.otherLab()), 1, Cast.labId(this.cast.bidder()), 3)).block();
		Map<String, Object> award = this.fixture.propose(c, winner).expect(201).json();
		String awardId = (String) award.get("id");
		Instant end = Instant.parse((String) award.get("publicityEndsAt"));
		assertThat(confirm(this.cast.admin(), c).expect(409).problemType()).isEqualTo("publicity-period-running");
		String first = object(this.cast.otherLab(), awardId).expect(201).text("id");
		String second = object(this.cast.firm(), awardId).expect(201).text("id");
		assertThat(Instant.now()).as("objections were filed within the period").isBefore(end);
		assertThat(Reply.post(this.cast.anonymous(), "/api/announcements/" + awardId + "/objections",
				Map.of("reasons", "匿名异议")).status()).isEqualTo(401);

		awaitEnd(end);
		assertThat(object(this.cast.otherFirm(), awardId).expect(409).problemType()).isEqualTo("objection-window-closed");
		assertThat(confirm(this.cast.admin(), c).expect(409).problemType()).isEqualTo("objections-pending");
		assertThat(pending(awardId)).containsExactlyInAnyOrder(first, second);
		answer(first, "DISMISSED", "评审程序合规，异议不成立").expect(200);
		assertThat(answer(first, "UPHELD", "再次答复").expect(409).problemType()).isEqualTo("objection-answered");
		assertThat(confirm(this.secondAdmin, c).expect(409).problemType()).isEqualTo("objections-pending");
		assertThat(Reply.post(this.cast.admin(), "/api/admin/objections/" + second + "/answer",
				Map.of("decision", "DISMISSED", "answer", "")).expect(400).errorFields()).containsExactly("answer");
		answer(second, "DISMISSED", "报价合理，异议不成立").expect(200);

		Map<String, Object> confirmed = confirm(this.cast.admin(), c).expect(200).json();
		assertThat(confirmed).containsEntry("status", "CONFIRMED")
			.containsEntry("winnerRank", 3)
			.containsEntry("recommendationsRecorded", true);
		assertThat(this.fixture.challengeStatus(c)).isEqualTo("AWARDED");
		assertThat(this.fixture.bidStatus(winner)).isEqualTo("AWARDED");
		assertThat(this.fixture.bidStatus(this.ids.get("dismissed.other"))).isEqualTo("NOT_SELECTED");
		assertThat(this.fixture.workspace(c)).containsEntry("winnerRank", 3);
		assertThat(confirm(this.cast.admin(), c).expect(409).problemType()).isEqualTo("award-state");
		assertThat(Reply.get(this.cast.anonymous(), "/api/announcements/" + awardId).expect(200).json())
			.containsEntry("status", "CONFIRMED")
			.containsEntry("objectionWindowOpen", false);

		Map<String, Object> mine = Reply.get(this.cast.otherLab(), "/api/my/objections")
			.expect(200)
			.list()
			.stream()
			.filter(o -> first.equals(o.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(mine).containsEntry("status", "DISMISSED").containsEntry("answer", "评审程序合规，异议不成立");
		assertThat(Reply.get(this.cast.otherFirm(), "/api/my/objections").body()).doesNotContain(first);
		assertThat(AwardFixture.notificationKinds(this.cast.otherLab())).contains("OBJECTION_ANSWERED");
		assertThat(AwardFixture.notificationKinds(this.cast.admin())).contains("OBJECTION_FILED");
		assertThat(AwardFixture.notificationKinds(this.cast.bidder())).contains("AWARD_CONFIRMED");
		assertThat(Reply.get(this.cast.bidder(), "/api/bids/" + winner + "/evaluation").expect(200).json())
			.containsEntry("bidStatus", "AWARDED");
		MatchingEffectiveness effectiveness = this.awardService.matchingEffectiveness().block();
		assertThat(effectiveness).isNotNull();
		assertThat(effectiveness.awardsMeasured()).isPositive();
		assertThat(effectiveness.wonInTopTen()).isPositive();
		assertThat(auditCount("AWARD_CONFIRMED", "award", awardId)).isEqualTo(1);
		assertThat(auditCount("OBJECTION_ANSWERED", "objection", first)).isEqualTo(1);
		this.fixture.assertAuditChainIntact();
	}

	@Test
	@Order(2)
	void anUpheldObjectionWithdrawsTheProposalAndReopensEvaluation() {
		String c = this.ids.get("upheld");
		String withdrawn = this.fixture.propose(c, this.ids.get("upheld.own")).expect(201).text("id");
		String objection = object(this.cast.otherLab(), withdrawn).expect(201).text("id");
		answer(objection, "UPHELD", "经复核，评分存在计算错误，撤回授榜建议").expect(200);
		assertThat(this.fixture.challengeStatus(c)).isEqualTo("CLOSED");
		assertThat(Reply.get(this.cast.anonymous(), "/api/announcements/" + withdrawn).expect(200).json())
			.containsEntry("status", "WITHDRAWN")
			.containsEntry("objectionWindowOpen", false);
		assertThat(object(this.cast.firm(), withdrawn).expect(409).problemType()).isEqualTo("objection-window-closed");
		assertThat(confirm(this.cast.admin(), c).expect(409).problemType()).isEqualTo("award-state");
		assertThat(Reply.get(this.cast.otherLab(), "/api/my/objections").body()).contains("UPHELD");

		Map<String, Object> second = this.fixture.propose(c, this.ids.get("upheld.other")).expect(201).json();
		List<?> awards = (List<?>) this.fixture.workspace(c).get("awards");
		assertThat(awards).hasSize(2);
		awaitEnd(Instant.parse((String) second.get("publicityEndsAt")));
		confirm(this.cast.admin(), c).expect(200);
		assertThat(this.fixture.bidStatus(this.ids.get("upheld.other"))).isEqualTo("AWARDED");
		assertThat(this.fixture.bidStatus(this.ids.get("upheld.own"))).isEqualTo("NOT_SELECTED");
		assertThat(auditCount("AWARD_WITHDRAWN", "award", withdrawn)).isEqualTo(1);
		this.fixture.assertAuditChainIntact();
	}

	@Test
	@Order(3)
	void twoAdministratorsConfirmingAtOnceLeaveOneConfirmation() throws Exception {
		String c = this.ids.get("confirmers");
		String awardId = this.fixture.propose(c, this.ids.get("confirmers.own")).expect(201).text("id");
		awaitEnd(Instant.parse((String) Reply.get(this.cast.anonymous(), "/api/announcements/" + awardId)
			.expect(200)
			.json()
			.get("publicityEndsAt")));
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Reply>> replies = new ArrayList<>();
		for (Session admin : List.of(this.cast.admin(), this.secondAdmin, this.cast.admin(), this.secondAdmin)) {
			replies.add(this.pool.submit(() -> {
				start.await();
				return confirm(admin, c);
			}));
		}
		start.countDown();
		int confirmed = 0;
		for (Future<Reply> future : replies) {
			Reply reply = future.get();
			if (reply.status() == 200) {
				confirmed++;
			}
			else {
				assertThat(reply.status()).as("%s", reply).isEqualTo(409);
				assertThat(reply.problemType()).as("%s", reply).isIn(CONFIRM_REFUSALS);
			}
		}
		assertThat(confirmed).as("exactly one confirmation").isEqualTo(1);
		assertThat(this.fixture.challengeStatus(c)).isEqualTo("AWARDED");
		assertThat(auditCount("AWARD_CONFIRMED", "award", awardId)).isEqualTo(1);
		assertThat(auditCount("CHALLENGE_AWARDED", "challenge", c)).isEqualTo(1);
		assertThat(this.fixture.bidStatus(this.ids.get("confirmers.own"))).isEqualTo("AWARDED");
		this.fixture.assertAuditChainIntact();
	}

	@Test
	@Order(4)
	void objectionsRacingTheEndOfThePeriodLeaveOneConsistentOutcome() throws Exception {
		race("raceEarly", -200);
		race("raceLate", 20);
		this.fixture.assertAuditChainIntact();
	}

	/** Objections from {@code objectionsFrom} ms around the end, confirmations from 100 ms before it. */
	private void race(String name, long objectionsFrom) throws Exception {
		String c = this.ids.get(name);
		Map<String, Object> award = this.fixture.propose(c, this.ids.get(name + ".own")).expect(201).json();
		String awardId = (String) award.get("id");
		Instant end = Instant.parse((String) award.get("publicityEndsAt"));
		List<Future<Reply>> objections = new ArrayList<>();
		List<Future<Reply>> confirmations = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Session objector = this.objectors.get(i % this.objectors.size());
			Instant at = end.plusMillis(objectionsFrom + 40L * i);
			objections.add(this.pool.submit(() -> at(at, () -> object(objector, awardId))));
			Session admin = i % 2 == 0 ? this.cast.admin() : this.secondAdmin;
			Instant confirmAt = end.plusMillis(-100 + 40L * i);
			confirmations.add(this.pool.submit(() -> at(confirmAt, () -> confirm(admin, c))));
		}
		List<String> accepted = new ArrayList<>();
		for (Future<Reply> future : objections) {
			Reply reply = future.get();
			if (reply.status() == 201) {
				accepted.add(reply.text("id"));
				assertThat(Instant.parse(reply.text("filedAt"))).as("accepted %s", reply).isBefore(end);
			}
			else {
				assertThat(reply.status()).as("%s", reply).isEqualTo(409);
				assertThat(reply.problemType()).as("%s", reply).isEqualTo("objection-window-closed");
			}
		}
		int confirmed = 0;
		for (Future<Reply> future : confirmations) {
			Reply reply = future.get();
			if (reply.status() == 200) {
				confirmed++;
			}
			else {
				assertThat(reply.status()).as("%s", reply).isEqualTo(409);
				assertThat(reply.problemType()).as("%s", reply).isIn(CONFIRM_REFUSALS);
			}
		}
		System.out.printf("Objection race %s: %d objections accepted, %d confirmations%n", name, accepted.size(),
				confirmed);
		assertThat(confirmed).as("at most one confirmation").isLessThanOrEqualTo(1);
		assertThat(pending(awardId)).as("every accepted objection is stored, nothing else")
			.containsExactlyInAnyOrderElementsOf(accepted);
		if (confirmed == 1) {
			assertThat(accepted).as("a confirmation means no objection got in").isEmpty();
			assertThat(this.fixture.challengeStatus(c)).isEqualTo("AWARDED");
		}
		else {
			assertThat(accepted).as("only a pending objection stops a confirmation after the end").isNotEmpty();
			assertThat(this.fixture.challengeStatus(c)).isEqualTo("AWARD_PROPOSED");
			Map<?, ?> current = (Map<?, ?>) ((List<?>) this.fixture.workspace(c).get("awards")).get(0);
			assertThat(current.get("pendingObjections")).isEqualTo(accepted.size());
			for (String objection : accepted) {
				answer(objection, "DISMISSED", "异议不成立").expect(200);
			}
			confirm(this.cast.admin(), c).expect(200);
			assertThat(this.fixture.challengeStatus(c)).isEqualTo("AWARDED");
		}
		assertThat(auditCount("AWARD_CONFIRMED", "award", awardId)).isEqualTo(1);
	}

	private static Reply at(Instant when, java.util.concurrent.Callable<Reply> call) throws Exception {
		long wait = Duration.between(Instant.now(), when).toMillis();
		if (wait > 0) {
			Thread.sleep(wait);
		}
		return call.call();
	}

	private Reply confirm(Session admin, String challenge) {
		return Reply.post(admin, "/api/admin/challenges/" + challenge + "/confirm", null);
	}

	private static Reply object(Session session, String awardId) {
		return Reply.post(session, "/api/announcements/" + awardId + "/objections",
				Map.of("reasons", "对评分结果有异议，请复核"));
	}

	private Reply answer(String objection, String decision, String text) {
		return Reply.post(this.cast.admin(), "/api/admin/objections/" + objection + "/answer",
				Map.of("decision", decision, "answer", text));
	}

	/** Ids of the pending objections to an award, from the administrators' queue. */
	private List<Object> pending(String awardId) {
		Map<String, Object> page = Reply.get(this.cast.admin(), "/api/admin/objections?status=PENDING&size=100")
			.expect(200)
			.json();
		return ((List<?>) page.get("items")).stream()
			.map(o -> (Map<?, ?>) o)
			.filter(o -> awardId.equals(o.get("awardId")))
			.map(o -> o.get("id"))
			.map(Object.class::cast)
			.toList();
	}

	private long auditCount(String action, String entityType, String entityId) {
		Map<String, Object> page = Reply.get(this.cast.admin(),
				"/api/admin/audit?action=" + action + "&entityType=" + entityType + "&entityId=" + entityId)
			.expect(200)
			.json();
		return ((Number) page.get("total")).longValue();
	}

	private static void awaitEnd(Instant end) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> Instant.now().isAfter(end.plusMillis(50)));
	}

}
