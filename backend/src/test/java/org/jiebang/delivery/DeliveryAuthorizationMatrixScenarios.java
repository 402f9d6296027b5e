package org.jiebang.delivery;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.fail;
import static org.jiebang.delivery.DeliveryAuthorizationMatrixScenarios.Target.ANY;
import static org.jiebang.delivery.DeliveryAuthorizationMatrixScenarios.Target.AWARDED;
import static org.jiebang.delivery.DeliveryAuthorizationMatrixScenarios.Target.COMPLETED;
import static org.jiebang.delivery.DeliveryAuthorizationMatrixScenarios.Target.DELIVERY;
import static org.jiebang.delivery.DeliveryAuthorizationMatrixScenarios.Target.DRAFT;
import static org.jiebang.delivery.DeliveryAuthorizationMatrixScenarios.Target.PUBLISHED;

/**
 * SPEC §10 authorization matrix for every route of delivery, results, dashboard, exports and OCDS, on
 * deliveries made for it (in delivery, completed, awarded) and on demo challenges (published, draft): each
 * route called by every kind of actor answers exactly the status in {@link #MATRIX}, and every refusal is
 * problem+json. Rows run in order; the one actor allowed to change a milestone comes after those refused in
 * the columns before it, so each row leaves the state the next expects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeliveryAuthorizationMatrixScenarios extends DeliveryTestSupport {

	/** Columns of the matrix, in this order; FIRM_OWN and LAB_WINNER are the target challenge's firm and winner. */
	enum Who {

		ANONYMOUS, FIRM_OWN, FIRM_OTHER, LAB_WINNER, LAB_OTHER, EXPERT, ADMIN

	}

	/** The demo challenge a row acts on. */
	enum Target {

		ANY, DELIVERY, COMPLETED, AWARDED, PUBLISHED, DRAFT

	}

	// {c} the target challenge, {p} its second milestone (planned), {r} its first (returned), {x} its results,
	// {l} its winning lab. "409 milestone-state" = status and problem type.
	// @formatter:off
	static final List<Row> MATRIX = List.of(
	//      route                                           target     anonymous firm own                firm other lab winner              lab other expert admin
		row("GET /api/challenges/{c}/milestones",           DELIVERY,  "200",    "200",                  "200",     "200",                  "200",    "200", "200"),
		row("GET /api/challenges/{c}/milestones",           PUBLISHED, "404",    "404",                  "404",     "404",                  "404",    "404", "404"),
		row("GET /api/challenges/{c}/milestones",           DRAFT,     "404",    "404",                  "404",     "404",                  "404",    "404", "404"),
		row("GET /api/milestones/{p}/attachments",          DELIVERY,  "401",    "200",                  "403",     "200",                  "403",    "403", "200"),
		row("POST /api/milestones/{p}/report",              DELIVERY,  "401",    "403",                  "403",     "200",                  "403",    "403", "403"),
		row("POST /api/milestones/{r}/report",              DELIVERY,  "401",    "403",                  "403",     "200",                  "403",    "403", "403"),
		row("POST /api/milestones/{p}/return",              DELIVERY,  "401",    "200",                  "403",     "403",                  "403",    "403", "403"),
		row("POST /api/milestones/{r}/accept",              DELIVERY,  "401",    "200",                  "403",     "403",                  "403",    "403", "403"),
		row("POST /api/milestones/{p}/accept",              DELIVERY,  "401",    "409 milestone-state",  "403",     "403",                  "403",    "403", "403"),
		row("POST /api/milestones/{r}/payments",            DELIVERY,  "401",    "201",                  "403",     "403",                  "403",    "403", "201"),
		row("POST /api/milestones/{p}/payments",            DELIVERY,  "401",    "409 milestone-state",  "403",     "403",                  "403",    "403", "409 milestone-state"),
		row("POST /api/challenges/{c}/results",             COMPLETED, "401",    "200",                  "403",     "200",                  "403",    "403", "403"),
		row("POST /api/challenges/{c}/results",             DELIVERY,  "401",    "409 results-not-open", "403",     "409 results-not-open", "403",    "403", "403"),
		row("GET /api/results",                             ANY,       "200",    "200",                  "200",     "200",                  "200",    "200", "200"),
		row("GET /api/results/{x}",                         COMPLETED, "200",    "200",                  "200",     "200",                  "200",    "200", "200"),
		row("POST /api/admin/challenges/{c}/terminate",     COMPLETED, "401",    "403",                  "403",     "403",                  "403",    "403", "409 delivery-state"),
		row("POST /api/admin/challenges/{c}/terminate",     AWARDED,   "401",    "403",                  "403",     "403",                  "403",    "403", "200"),
		row("GET /api/admin/delivery",                      ANY,       "401",    "403",                  "403",     "403",                  "403",    "403", "200"),
		row("GET /api/admin/dashboard",                     ANY,       "401",    "403",                  "403",     "403",                  "403",    "403", "200"),
		row("GET /api/admin/exports/milestones.csv",        ANY,       "401",    "403",                  "403",     "403",                  "403",    "403", "200"),
		row("GET /api/admin/exports/bids.xlsx",             ANY,       "401",    "403",                  "403",     "403",                  "403",    "403", "200"),
		row("GET /api/admin/exports/users.csv",             ANY,       "401",    "403",                  "403",     "403",                  "403",    "403", "404"),
		row("GET /api/ocds/challenges/{c}",                 DELIVERY,  "200",    "200",                  "200",     "200",                  "200",    "200", "200"),
		row("GET /api/ocds/challenges/{c}",                 DRAFT,     "404",    "404",                  "404",     "404",                  "404",    "404", "404"),
		row("GET /api/ocds/awarded",                        ANY,       "200",    "200",                  "200",     "200",                  "200",    "200", "200"),
		row("GET /api/labs/{l}/track-record",               DELIVERY,  "200",    "200",                  "200",     "200",                  "200",    "200", "200"));
	// @formatter:on

	@Autowired
	DatabaseClient db;

	private final Map<Target, Context> contexts = new EnumMap<>(Target.class);

	private Cast cast;

	private Session expert;

	/** A target challenge with its firm's and winner's sessions and its milestones. */
	private record Context(String challenge, Session firm, Session winner, String planned, String returned,
			String results, String lab) {
	}

	@BeforeAll
	void prepare() {
		this.cast = Cast.signIn(api());
		this.expert = api().login("demo-expert", "Jiebang#Expert2026");
		Session winner = DeliveryFixture.freshLab(api(), this.cast);
		String lab = Cast.labId(winner).toString();
		List<DeliveryFixture.Awarded> awarded = new DeliveryFixture(api(), this.cast, this.clock, winner)
			.awarded("矩阵交付", "矩阵完成", "矩阵挂帅");
		// In delivery: the first milestone reported and returned, the second planned.
		String delivery = awarded.get(0).challenge();
		List<String> open = milestones(delivery);
		Reply.post(winner, "/api/milestones/" + open.get(0) + "/report", Map.of("text", "矩阵准备")).expect(200);
		Reply.post(this.cast.firm(), "/api/milestones/" + open.get(0) + "/return", Map.of("comments", "请补充")).expect(200);
		this.contexts.put(DELIVERY, new Context(delivery, this.cast.firm(), winner, open.get(1), open.get(0), null, lab));
		// Completed, with results published by the firm.
		String completed = awarded.get(1).challenge();
		for (String milestone : milestones(completed)) {
			Reply.post(winner, "/api/milestones/" + milestone + "/report", Map.of("text", "矩阵准备")).expect(200);
			Reply.post(this.cast.firm(), "/api/milestones/" + milestone + "/accept", null).expect(200);
		}
		String results = Reply.post(this.cast.firm(), "/api/challenges/" + completed + "/results",
				Map.of("title", "矩阵成果", "summary", "矩阵成果摘要")).expect(201).text("id");
		this.contexts.put(COMPLETED, new Context(completed, this.cast.firm(), winner, null, null, results, lab));
		this.contexts.put(AWARDED, new Context(awarded.get(2).challenge(), this.cast.firm(), winner, null, null, null, lab));
		this.contexts.put(PUBLISHED, new Context(id("SELECT id FROM challenges WHERE title = "
				+ "'车规级1200V碳化硅MOSFET栅氧可靠性与比导通电阻协同优化'"), this.cast.firm(), winner, null, null, null, lab));
		this.contexts.put(DRAFT, new Context(id("SELECT id FROM challenges WHERE status = 'DRAFT' AND organization_id = '"
				+ Cast.organizationId(this.cast.firm()) + "' ORDER BY created_at LIMIT 1"), this.cast.firm(), winner, null,
				null, null, lab));
	}

	@Test
	void everyDeliveryRouteAnswersEveryActorAsTheMatrixSays() {
		List<String> failures = new ArrayList<>();
		for (Row row : MATRIX) {
			for (Who who : Who.values()) {
				Reply reply = call(row, who);
				check(row, who, row.expected().get(who), reply).ifPresent(failures::add);
			}
		}
		if (!failures.isEmpty()) {
			fail(failures.size() + " cells differ from the matrix:\n" + String.join("\n", failures));
		}
	}

	private Reply call(Row row, Who who) {
		Context target = this.contexts.get(row.target() == ANY ? DELIVERY : row.target());
		String[] methodAndPath = row.route().split(" ");
		String path = methodAndPath[1].replace("{c}", target.challenge())
			.replace("{p}", String.valueOf(target.planned()))
			.replace("{r}", String.valueOf(target.returned()))
			.replace("{x}", String.valueOf(target.results()))
			.replace("{l}", String.valueOf(target.lab()));
		return Reply.send(session(who, target), methodAndPath[0], path, body(row.route()));
	}

	private Session session(Who who, Context target) {
		return switch (who) {
			case ANONYMOUS -> this.cast.anonymous();
			case FIRM_OWN -> target.firm();
			case FIRM_OTHER -> this.cast.otherFirm();
			case LAB_WINNER -> target.winner();
			case LAB_OTHER -> this.cast.otherLab();
			case EXPERT -> this.expert;
			case ADMIN -> this.cast.admin();
		};
	}

	private static Object body(String route) {
		return switch (route) {
			case "POST /api/milestones/{p}/report", "POST /api/milestones/{r}/report" ->
				Map.of("text", "矩阵报告", "evidenceLinks", List.of("https://example.com/matrix.pdf"));
			case "POST /api/milestones/{p}/return" -> Map.of("comments", "矩阵退回意见");
			case "POST /api/milestones/{r}/payments", "POST /api/milestones/{p}/payments" -> Map.of("amount", "1.00");
			case "POST /api/challenges/{c}/results" -> Map.of("title", "矩阵成果", "summary", "矩阵成果摘要");
			case "POST /api/admin/challenges/{c}/terminate" -> Map.of("reason", "矩阵终止", "dueDiligence", true);
			default -> null;
		};
	}

	private static Optional<String> check(Row row, Who who, String expected, Reply reply) {
		String[] parts = expected.split(" ");
		List<String> problems = new ArrayList<>();
		if (reply.status() != Integer.parseInt(parts[0])) {
			problems.add("status " + reply.status());
		}
		if (parts.length > 1 && !parts[1].equals(reply.problemType())) {
			problems.add("type '" + reply.problemType() + "'");
		}
		if (reply.status() >= 400 && !reply.isProblem()) {
			problems.add("content type '" + reply.contentType() + "'");
		}
		if (problems.isEmpty()) {
			return Optional.empty();
		}
		String body = reply.body().length() > 160 ? reply.body().substring(0, 160) + "…" : reply.body();
		return Optional.of(String.format("%-46s | %-9s | %-10s | %-22s | %s | %s", row.route(), row.target(), who,
				expected, String.join(", ", problems), body.replace('\n', ' ')));
	}

	private String id(String sql) {
		return this.db.sql(sql).map(r -> r.get("id", UUID.class).toString()).one().block();
	}

	private List<String> milestones(String challenge) {
		return DeliveryFixture.milestones(DeliveryFixture.delivery(this.cast.admin(), challenge))
			.stream()
			.map(m -> (String) m.get("id"))
			.toList();
	}

	/** One line of the matrix. */
	record Row(String route, Target target, Map<Who, String> expected) {
	}

	private static Row row(String route, Target target, String... expected) {
		Map<Who, String> cells = new EnumMap<>(Who.class);
		for (Who who : Who.values()) {
			cells.put(who, expected[who.ordinal()]);
		}
		return new Row(route, target, cells);
	}

}
