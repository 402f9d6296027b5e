package org.jiebang.delivery;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5 delivery over real HTTP with a movable clock: the winning bid's plan becomes milestones with exact
 * amounts and Asia/Shanghai due dates; reports, returns, acceptances and payments; completion on the last
 * acceptance; overdue marking once under concurrent runs; termination; results on the showcase; track records.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DeliveryScenarios extends DeliveryTestSupport {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	OverdueMilestones overdue;

	@Autowired
	DatabaseClient db;

	private final ExecutorService pool = Executors.newFixedThreadPool(8);

	private Cast cast;

	/** The winning lab: new, so that its track record is this suite's alone. */
	private Session winner;

	private List<DeliveryFixture.Awarded> awarded;

	private Instant confirmedAt;

	@BeforeAll
	void prepare() {
		this.cast = Cast.signIn(api());
		this.winner = DeliveryFixture.freshLab(api(), this.cast);
		this.awarded = new DeliveryFixture(api(), this.cast, this.clock, this.winner).awarded("全流程", "逾期", "终止", "尽职免责");
		this.confirmedAt = Instant.parse((String) DeliveryFixture.delivery(this.cast.admin(), challenge(0)).get("confirmedAt"));
	}

	@AfterAll
	void stop() {
		this.pool.shutdownNow();
	}

	private String challenge(int i) {
		return this.awarded.get(i).challenge();
	}

	@Test
	@Order(1)
	void confirmationTurnsTheWinningPlanIntoMilestonesWithExactAmountsAndShanghaiDueDates() {
		Map<String, Object> delivery = DeliveryFixture.delivery(this.cast.firm(), challenge(0));
		assertThat(delivery).containsEntry("challengeStatus", "AWARDED").containsEntry("amount", DeliveryFixture.QUOTE)
			.containsEntry("insider", true).containsEntry("paidTotal", "0.00");
		List<Map<String, Object>> milestones = DeliveryFixture.milestones(delivery);
		assertThat(milestones).extracting(m -> m.get("paymentAmount")).containsExactly("329999.99", "329999.99", "340000.01");
		assertThat(milestones.stream().map(m -> new BigDecimal((String) m.get("paymentAmount"))).reduce(BigDecimal::add))
			.contains(new BigDecimal(DeliveryFixture.QUOTE));
		LocalDate confirmed = this.confirmedAt.atZone(SHANGHAI).toLocalDate();
		for (int i = 0; i < 3; i++) {
			Map<String, Object> m = milestones.get(i);
			assertThat(m).containsEntry("seq", i + 1).containsEntry("status", "PLANNED").containsEntry("overdue", false);
			assertThat(m.get("dueDate")).isEqualTo(confirmed.plusMonths(i + 1).toString());
			assertThat(Instant.parse((String) m.get("dueAt")))
				.isEqualTo(confirmed.plusMonths(i + 1).plusDays(1).atStartOfDay(SHANGHAI).toInstant());
		}
		Map<String, Object> bidder = DeliveryFixture.delivery(this.winner, challenge(0));
		assertThat(DeliveryFixture.milestones(bidder).get(0).get("actions")).isEqualTo(List.of("REPORT", "ATTACH"));
		Map<String, Object> visitor = DeliveryFixture.delivery(this.cast.anonymous(), challenge(0));
		assertThat(visitor).containsEntry("insider", false);
		assertThat(DeliveryFixture.milestones(visitor).get(0)).containsEntry("report", null)
			.containsEntry("payments", List.of()).containsEntry("actions", List.of());
	}

	@Test
	@Order(2)
	void reportsReturnsAcceptancesAndPaymentsCarryTheChallengeToCompletion() {
		String c = challenge(0);
		List<String> ids = ids(c);
		assertThat(Reply.post(this.cast.otherLab(), "/api/milestones/" + ids.get(0) + "/report", report("别人的报告")).status())
			.isEqualTo(403);
		assertThat(Reply.post(this.winner, "/api/milestones/" + ids.get(0) + "/report", Map.of("text", " "))
			.expect(400).errorFields()).containsExactly("text");
		assertThat(Reply.post(this.winner, "/api/milestones/" + ids.get(0) + "/report",
				Map.of("text", "x", "evidenceLinks", List.of("javascript:alert(1)"))).expect(400).errorFields())
			.containsExactly("evidenceLinks[0]");
		Map<String, Object> reported = Reply.post(this.winner, "/api/milestones/" + ids.get(0) + "/report",
				report("第一阶段报告：完成方案设计")).expect(200).json();
		assertThat(reported).containsEntry("status", "SUBMITTED");
		assertThat(status(c)).isEqualTo("IN_DELIVERY");
		assertThat(Reply.post(this.winner, "/api/milestones/" + ids.get(0) + "/report", report("再报")).expect(409)
			.problemType()).isEqualTo("milestone-state");
		assertThat(Reply.post(this.cast.firm(), "/api/milestones/" + ids.get(0) + "/return", Map.of("comments", ""))
			.expect(400).errorFields()).containsExactly("comments");
		Reply.post(this.cast.firm(), "/api/milestones/" + ids.get(0) + "/return", Map.of("comments", "请补充测试数据"))
			.expect(200);
		assertThat(Reply.post(this.cast.firm(), "/api/milestones/" + ids.get(0) + "/accept", null).expect(409).problemType())
			.isEqualTo("milestone-state");
		Reply.post(this.winner, "/api/milestones/" + ids.get(0) + "/report", report("补充测试数据后重新提交")).expect(200);
		long queued = labQueued();
		Map<String, Object> accepted = Reply.post(this.cast.firm(), "/api/milestones/" + ids.get(0) + "/accept", null)
			.expect(200).json();
		assertThat(accepted).containsEntry("status", "ACCEPTED");
		assertThat(((Map<?, ?>) accepted.get("report")).get("submissionCount")).isEqualTo(2);
		assertThat(labQueued()).as("an accepted milestone changes the lab's on-time share in its matching document")
			.isEqualTo(queued + 1);

		String pay = "/api/milestones/" + ids.get(0) + "/payments";
		assertThat(Reply.post(this.cast.firm(), "/api/milestones/" + ids.get(1) + "/payments", Map.of("amount", "1.00"))
			.expect(409).problemType()).isEqualTo("milestone-state");
		assertThat(Reply.post(this.cast.firm(), pay, Map.of("amount", "329999.99", "paidOn",
				LocalDate.now(SHANGHAI).plusDays(400).toString())).expect(400).errorFields()).containsExactly("paidOn");
		assertThat(Reply.post(this.cast.firm(), pay, Map.of("amount", "0.001")).expect(400).errorFields())
			.containsOnly("amount");
		assertThat(Reply.post(this.winner, pay, Map.of("amount", "1.00")).status()).isEqualTo(403);
		Reply.post(this.cast.firm(), pay, Map.of("amount", "300000.00", "note", "首笔")).expect(201);
		assertThat(Reply.post(this.cast.admin(), pay, Map.of("amount", "30000.00")).expect(409).problemType())
			.isEqualTo("payment-exceeds-remaining");
		Map<String, Object> paid = Reply.post(this.cast.admin(), pay, Map.of("amount", "29999.99")).expect(201).json();
		assertThat(paid).containsEntry("paidAmount", "329999.99");
		assertThat((List<?>) paid.get("payments")).hasSize(2);

		for (String id : ids.subList(1, 3)) {
			Reply.post(this.winner, "/api/milestones/" + id + "/report", report("阶段报告")).expect(200);
			assertThat(status(c)).isEqualTo("IN_DELIVERY");
			Reply.post(this.cast.firm(), "/api/milestones/" + id + "/accept", null).expect(200);
		}
		assertThat(status(c)).isEqualTo("COMPLETED");
		assertThat(DeliveryFixture.delivery(this.cast.admin(), c).get("completedAt")).isNotNull();
		assertThat(kinds(this.cast.firm())).contains("MILESTONE_SUBMITTED", "CHALLENGE_COMPLETED");
		assertThat(kinds(this.winner)).contains("MILESTONE_RETURNED", "MILESTONE_ACCEPTED", "PAYMENT_RECORDED",
				"CHALLENGE_COMPLETED");
		assertThat(auditActions(ids.get(0))).contains("MILESTONE_SUBMITTED", "MILESTONE_RETURNED", "MILESTONE_ACCEPTED",
				"PAYMENT_RECORDED");
		assertThat(auditActions(c)).contains("DELIVERY_PLANNED", "CHALLENGE_IN_DELIVERY", "CHALLENGE_COMPLETED");
	}

	@Test
	@Order(3)
	void theFirmOrTheLabPublishesResultsOnceCompletedAndTheShowcaseListsThem() {
		Map<String, Object> body = Map.of("title", "碳化硅栅氧可靠性攻关成果", "summary", "阈值漂移降至0.08 V", "outcomes", "专利2项");
		assertThat(Reply.post(this.winner, "/api/challenges/" + challenge(1) + "/results", body).expect(409)
			.problemType()).isEqualTo("results-not-open");
		assertThat(Reply.post(this.cast.otherFirm(), "/api/challenges/" + challenge(0) + "/results", body).status())
			.isEqualTo(403);
		assertThat(Reply.post(this.cast.otherLab(), "/api/challenges/" + challenge(0) + "/results", body).status())
			.isEqualTo(403);
		Map<String, Object> created = Reply.post(this.winner, "/api/challenges/" + challenge(0) + "/results", body)
			.expect(201).json();
		assertThat(created).containsEntry("ipTerms", "JOINT").containsEntry("publishedByRole", "LAB")
			.containsEntry("industryChain", "INTEGRATED_CIRCUITS").containsEntry("amount", DeliveryFixture.QUOTE);
		Map<String, Object> revised = Reply.post(this.cast.firm(), "/api/challenges/" + challenge(0) + "/results",
				Map.of("title", "修订后的成果", "summary", "阈值漂移降至0.08 V，良率90%")).expect(200).json();
		assertThat(revised).containsEntry("id", created.get("id")).containsEntry("title", "修订后的成果");
		Map<String, Object> page = Reply.get(this.cast.anonymous(), "/api/results?chain=INTEGRATED_CIRCUITS&type=KEY_CORE&region=GD&size=100")
			.expect(200).json();
		assertThat(resultIds(page)).contains(created.get("id"));
		assertThat(resultIds(Reply.get(this.cast.anonymous(), "/api/results?chain=NEW_DISPLAY&size=100").expect(200).json()))
			.doesNotContain(created.get("id"));
		assertThat(Reply.get(this.cast.anonymous(), "/api/results/" + created.get("id")).expect(200).json())
			.containsEntry("title", "修订后的成果");
		assertThat(Reply.get(this.cast.anonymous(), "/api/results?size=101").status()).isEqualTo(400);
	}

	@Test
	@Order(4)
	void overdueMilestonesAreMarkedAndNotifiedOnceEvenWhenTheJobRunsConcurrently() throws Exception {
		String c = challenge(1);
		List<String> ids = ids(c);
		Reply.post(this.winner, "/api/milestones/" + ids.get(0) + "/report", report("按期提交")).expect(200);
		Reply.post(this.cast.firm(), "/api/milestones/" + ids.get(0) + "/accept", null).expect(200);
		this.clock.advance(Duration.ofDays(70));
		List<Callable<Long>> runs = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			runs.add(() -> this.overdue.markOverdue().block());
		}
		for (Future<Long> run : this.pool.invokeAll(runs)) {
			run.get();
		}
		Map<String, Object> delivery = DeliveryFixture.delivery(this.cast.firm(), c);
		List<Map<String, Object>> milestones = DeliveryFixture.milestones(delivery);
		assertThat(milestones).extracting(m -> m.get("overdue")).containsExactly(false, true, false);
		assertThat(milestones.get(1).get("overdueSince")).isNotNull();
		assertThat(delivery).containsEntry("overdueCount", 1);
		assertThat(auditActions(ids.get(1))).containsOnlyOnce("MILESTONE_OVERDUE");
		assertThat(overdueNotices(ids.get(1))).as("one notice per person").isEqualTo(count(
				"SELECT COUNT(DISTINCT user_id) AS n FROM notifications WHERE kind = 'MILESTONE_OVERDUE' AND params LIKE '%"
						+ ids.get(1) + "%'"));
		assertThat(overdueNotices(ids.get(1), this.winner)).isEqualTo(1);
		assertThat(overdueNotices(ids.get(1), this.cast.firm())).isEqualTo(1);
		assertThat(this.overdue.markOverdue().block()).isZero();
		List<Map<String, Object>> board = Reply.get(this.cast.admin(), "/api/admin/delivery").expect(200).list();
		assertThat(board).anySatisfy(d -> assertThat(d).containsEntry("challengeId", c).containsEntry("overdueCount", 1));
		assertThat(board.get(0).get("overdueCount")).isNotEqualTo(0);
		Reply.post(this.winner, "/api/milestones/" + ids.get(1) + "/report", report("逾期提交")).expect(200);
		Reply.post(this.cast.firm(), "/api/milestones/" + ids.get(1) + "/accept", null).expect(200);
		assertThat(DeliveryFixture.delivery(this.cast.firm(), c)).containsEntry("overdueCount", 0);
	}

	@Test
	@Order(5)
	void anAdministratorTerminatesWithAReasonAndTheTrackRecordCountsOnlyFailuresWithoutDueDiligence() {
		String failed = challenge(2);
		String excused = challenge(3);
		String terminate = "/api/admin/challenges/%s/terminate";
		assertThat(Reply.post(this.cast.admin(), terminate.formatted(failed), Map.of("reason", "")).expect(400)
			.errorFields()).containsExactlyInAnyOrder("reason", "dueDiligence");
		assertThat(Reply.post(this.cast.firm(), terminate.formatted(failed), Map.of("reason", "x", "dueDiligence", false))
			.status()).isEqualTo(403);
		long queued = labQueued();
		Map<String, Object> terminated = Reply.post(this.cast.admin(), terminate.formatted(failed),
				Map.of("reason", "揭榜方无法按期交付", "dueDiligence", false)).expect(200).json();
		assertThat(terminated).containsEntry("challengeStatus", "TERMINATED");
		Map<?, ?> termination = (Map<?, ?>) terminated.get("termination");
		assertThat(termination.get("dueDiligence")).isEqualTo(false);
		assertThat(termination.get("reason")).isEqualTo("揭榜方无法按期交付");
		assertThat(labQueued()).as("the track record changed: the lab is queued for its matching document")
			.isEqualTo(queued + 1);
		Reply.post(this.cast.admin(), terminate.formatted(excused), Map.of("reason", "需求方战略调整", "dueDiligence", true))
			.expect(200);
		assertThat(Reply.post(this.cast.admin(), terminate.formatted(excused), Map.of("reason", "再次", "dueDiligence", true))
			.expect(409).problemType()).isEqualTo("delivery-state");
		assertThat(Reply.post(this.cast.admin(), terminate.formatted(challenge(0)), Map.of("reason", "完成后", "dueDiligence", true))
			.expect(409).problemType()).isEqualTo("delivery-state");
		String milestone = ids(failed).get(0);
		assertThat(Reply.post(this.winner, "/api/milestones/" + milestone + "/report", report("终止后")).expect(409)
			.problemType()).isEqualTo("delivery-state");
		assertThat(DeliveryFixture.delivery(this.cast.anonymous(), failed).get("overdueCount")).isEqualTo(0);

		String lab = Cast.labId(this.winner).toString();
		Map<String, Object> record = Reply.get(this.cast.anonymous(), "/api/labs/" + lab + "/track-record").expect(200).json();
		assertThat(record).containsEntry("awarded", 4).containsEntry("completed", 1)
			.containsEntry("terminatedWithoutDueDiligence", 1);
		// On time: the completed challenge's 3 and the first of the overdue one; late: its second. Not yet counted: its
		// third. The failed delivery's two milestones due before termination count as missed; the excused one's do not.
		assertThat(((Number) record.get("onTimeRatio")).doubleValue()).isEqualTo(0.5714);
	}

	/** Outbox rows for the winning lab: each one re-indexes its profile with its track record. */
	private long labQueued() {
		return this.db.sql("SELECT COUNT(*) AS n FROM search_outbox WHERE entity_type = 'LAB' AND entity_id = :id")
			.bind("id", Cast.labId(this.winner))
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private static List<Object> resultIds(Map<String, Object> page) {
		return ((List<?>) page.get("items")).stream().map(r -> ((Map<?, ?>) r).get("id")).map(Object.class::cast).toList();
	}

	private List<String> ids(String challenge) {
		return DeliveryFixture.milestones(DeliveryFixture.delivery(this.cast.admin(), challenge))
			.stream()
			.map(m -> (String) m.get("id"))
			.toList();
	}

	private String status(String challenge) {
		return Reply.get(this.cast.admin(), "/api/challenges/" + challenge).expect(200).text("status");
	}

	private static Map<String, Object> report(String text) {
		return Map.of("text", text, "evidenceLinks", List.of("https://example.com/evidence/" + text.length() + ".pdf"));
	}

	private static List<Object> kinds(Session session) {
		Map<String, Object> page = Reply.get(session, "/api/notifications?size=100").expect(200).json();
		return ((List<?>) page.get("items")).stream().map(n -> ((Map<?, ?>) n).get("kind")).map(Object.class::cast).toList();
	}

	private List<Object> auditActions(String entityId) {
		Map<String, Object> page = Reply.get(this.cast.admin(), "/api/admin/audit?size=100&entityId=" + entityId).expect(200)
			.json();
		return ((List<?>) page.get("items")).stream().map(e -> ((Map<?, ?>) e).get("action")).map(Object.class::cast).toList();
	}

	private long overdueNotices(String milestone) {
		return count("SELECT COUNT(*) AS n FROM notifications WHERE kind = 'MILESTONE_OVERDUE' AND params LIKE '%"
				+ milestone + "%'");
	}

	private long overdueNotices(String milestone, Session session) {
		return ((List<?>) Reply.get(session, "/api/notifications?size=100").expect(200).json().get("items")).stream()
			.map(n -> (Map<?, ?>) n)
			.filter(n -> "MILESTONE_OVERDUE".equals(n.get("kind")) && milestone.equals(((Map<?, ?>) n.get("params")).get("milestoneId")))
			.count();
	}

	private long count(String sql) {
		return this.db.sql(sql).map(row -> ((Number) row.get("n")).longValue()).one().block();
	}

}
