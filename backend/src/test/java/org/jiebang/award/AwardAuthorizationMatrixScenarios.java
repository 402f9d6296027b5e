package org.jiebang.award;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiebang.support.Matrices;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;

import static org.assertj.core.api.Assertions.fail;
import static org.jiebang.award.AwardAuthorizationMatrixScenarios.State.ANY;
import static org.jiebang.award.AwardAuthorizationMatrixScenarios.State.CLOSED;
import static org.jiebang.award.AwardAuthorizationMatrixScenarios.State.PROPOSED;
import static org.jiebang.award.AwardAuthorizationMatrixScenarios.State.PUBLISHED;
import static org.jiebang.award.AwardAuthorizationMatrixScenarios.State.UNAWARDED;

/**
 * SPEC §10 authorization matrix for every evaluation, award and objection route: each route on a challenge in
 * each relevant state, called by every kind of actor, answers exactly the status in {@link #MATRIX}; every
 * refusal is problem+json, and no answer shows a bid's content to anyone who may not read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AwardAuthorizationMatrixScenarios extends IntegrationTestSupport {

	/** Columns of the matrix, in this order. */
	enum Who {

		ANONYMOUS, FIRM_OWN, FIRM_OTHER, LAB_BIDDER, LAB_OTHER, EXPERT_ASSIGNED, EXPERT_UNASSIGNED, ADMIN

	}

	/**
	 * The challenge a row acts on: open for bids, closed and in evaluation (a panel of three is required and
	 * only EXPERT_ASSIGNED is on it), with an award proposed and announced, or declared unawarded.
	 */
	enum State {

		ANY, PUBLISHED, CLOSED, PROPOSED, UNAWARDED

	}

	// {c} the row's challenge (of FIRM_OWN's organization), {b} LAB_BIDDER's bid on it, {a} the announced award,
	// {o} an objection to it filed by LAB_OTHER. "409 challenge-state" = status and problem type.
	// @formatter:off
	static final List<Row> MATRIX = List.of(
	//      route                                              state      anonymous firm own                  firm other  lab bidder                       lab other  expert assigned         expert other admin
		row("POST /api/admin/challenges/{c}/reviewers",        PUBLISHED, "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "409 challenge-state"),
		row("POST /api/admin/challenges/{c}/reviewers",        CLOSED,    "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "200"),
		row("GET /api/admin/challenges/{c}/reviewers",         CLOSED,    "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "200"),
		row("GET /api/admin/challenges/{c}/evaluation",        PUBLISHED, "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "409 challenge-state"),
		row("GET /api/admin/challenges/{c}/evaluation",        CLOSED,    "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "200"),
		row("GET /api/admin/challenges/{c}/evaluation",        PROPOSED,  "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "200"),
		row("POST /api/admin/challenges/{c}/shortlist",        CLOSED,    "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "200"),
		row("POST /api/admin/challenges/{c}/shortlist",        PROPOSED,  "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "409 challenge-state"),
		row("POST /api/admin/bids/{b}/consensus-decision",     PUBLISHED, "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "403 bids-sealed"),
		row("POST /api/admin/bids/{b}/consensus-decision",     CLOSED,    "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "409 not-flagged"),
		row("POST /api/admin/challenges/{c}/award",            CLOSED,    "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "409 evaluation-incomplete"),
		row("POST /api/admin/challenges/{c}/award",            PROPOSED,  "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "409 challenge-state"),
		row("POST /api/admin/challenges/{c}/unaward",          PROPOSED,  "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "409 challenge-state"),
		row("POST /api/admin/challenges/{c}/confirm",          CLOSED,    "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "409 award-state"),
		row("POST /api/admin/challenges/{c}/confirm",          PROPOSED,  "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "409 publicity-period-running"),
		row("GET /api/admin/objections",                       ANY,       "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "200"),
		row("GET /api/my/reviews",                             ANY,       "401",    "403",                    "403",      "403",                           "403",     "200",                  "200",       "200"),
		row("POST /api/reviews/{c}/conflict",                  CLOSED,    "401",    "403",                    "403",      "403",                           "403",     "409 conflict-declared", "404",      "404"),
		row("GET /api/reviews/{c}/bids",                       PUBLISHED, "401",    "403",                    "403",      "403",                           "403",     "404",                  "404",       "404"),
		row("GET /api/reviews/{c}/bids",                       CLOSED,    "401",    "403",                    "403",      "403",                           "403",     "200",                  "404",       "404"),
		row("PUT /api/reviews/{c}/bids/{b}/score",             CLOSED,    "401",    "403",                    "403",      "403",                           "403",     "200",                  "404",       "404"),
		row("PUT /api/reviews/{c}/bids/{b}/score",             PROPOSED,  "401",    "403",                    "403",      "403",                           "403",     "409 challenge-state",  "404",       "404"),
		row("PUT /api/challenges/{c}/preferences",             CLOSED,    "401",    "200",                    "403",      "403",                           "403",     "403",                  "403",       "403"),
		row("PUT /api/challenges/{c}/preferences",             PROPOSED,  "401",    "409 challenge-state",    "403",      "403",                           "403",     "403",                  "403",       "403"),
		row("GET /api/challenges/{c}/preferences",             CLOSED,    "401",    "200",                    "403",      "403",                           "403",     "403",                  "403",       "200"),
		row("GET /api/bids/{b}/evaluation",                    CLOSED,    "401",    "404",                    "404",      "409 evaluation-not-published",  "404",     "404",                  "404",       "404"),
		row("GET /api/bids/{b}/evaluation",                    UNAWARDED, "401",    "404",                    "404",      "200",                           "404",     "404",                  "404",       "404"),
		row("GET /api/announcements",                          ANY,       "200",    "200",                    "200",      "200",                           "200",     "200",                  "200",       "200"),
		row("GET /api/announcements/{a}",                      PROPOSED,  "200",    "200",                    "200",      "200",                           "200",     "200",                  "200",       "200"),
		row("POST /api/announcements/{a}/objections",          PROPOSED,  "401",    "201",                    "201",      "201",                           "201",     "201",                  "201",       "201"),
		row("GET /api/my/objections",                          ANY,       "401",    "200",                    "200",      "200",                           "200",     "200",                  "200",       "200"),
		row("POST /api/admin/objections/{o}/answer",           ANY,       "401",    "403",                    "403",      "403",                           "403",     "403",                  "403",       "200"));
	// @formatter:on

	private final Map<Who, Session> sessions = new EnumMap<>(Who.class);

	private final Map<State, Target> targets = new EnumMap<>(State.class);

	private String assignedExpert;

	private String award;

	private String objection;

	/** A challenge with LAB_BIDDER's bid and the marker its texts carry. */
	private record Target(String challenge, String bid, String marker) {
	}

	@BeforeAll
	void prepare() {
		Cast cast = Cast.signIn(api());
		AwardFixture fixture = new AwardFixture(api(), cast);
		AwardFixture.Expert assigned = fixture.expert(null);
		AwardFixture.Expert unassigned = fixture.expert(null);
		this.assignedExpert = assigned.id();
		this.sessions.put(Who.ANONYMOUS, cast.anonymous());
		this.sessions.put(Who.FIRM_OWN, cast.firm());
		this.sessions.put(Who.FIRM_OTHER, cast.otherFirm());
		this.sessions.put(Who.LAB_BIDDER, cast.bidder());
		this.sessions.put(Who.LAB_OTHER, cast.otherLab());
		this.sessions.put(Who.EXPERT_ASSIGNED, assigned.session());
		this.sessions.put(Who.EXPERT_UNASSIGNED, unassigned.session());
		this.sessions.put(Who.ADMIN, cast.admin());
		for (State state : List.of(CLOSED, PROPOSED, UNAWARDED)) {
			String bounty = state == CLOSED ? "2000000.00" : "1000000.00";
			this.targets.put(state, target(cast, fixture.closing("权限矩阵 " + state, bounty)));
		}
		this.targets.put(PUBLISHED,
				target(cast, fixture.published("权限矩阵 PUBLISHED", "1000000.00", MarketplaceFixture.OPEN_FOR_HOURS)));
		fixture.awaitClosed(this.targets.get(CLOSED).challenge(), this.targets.get(PROPOSED).challenge(),
				this.targets.get(UNAWARDED).challenge());
		for (State state : List.of(CLOSED, PROPOSED, UNAWARDED)) {
			Target target = this.targets.get(state);
			fixture.assign(target.challenge(), assigned.id());
			AwardFixture.declareNoConflict(assigned.session(), target.challenge());
		}
		Target proposed = this.targets.get(PROPOSED);
		AwardFixture.score(assigned.session(), proposed.challenge(), proposed.bid(), "75").expect(200);
		this.award = fixture.propose(proposed.challenge(), proposed.bid()).expect(201).text("id");
		this.objection = Reply.post(cast.otherLab(), "/api/announcements/" + this.award + "/objections",
				Map.of("reasons", "权限矩阵异议")).expect(201).text("id");
		Target unawarded = this.targets.get(UNAWARDED);
		AwardFixture.score(assigned.session(), unawarded.challenge(), unawarded.bid(), "55").expect(200);
		Reply.post(cast.admin(), "/api/admin/challenges/" + unawarded.challenge() + "/unaward",
				Map.of("reason", "权限矩阵流榜")).expect(200);
	}

	private static Target target(Cast cast, String challenge) {
		String marker = "MATRIX" + UUID.randomUUID().toString().substring(0, 12);
		return new Target(challenge, AwardFixture.bid(cast.bidder(), challenge, marker, "654321.00"), marker);
	}

	@Test
	void everyAwardRouteAnswersEveryActorAsTheMatrixSaysAndRefusalsLeakNothing() {
		List<String> failures = new ArrayList<>();
		int cells = 0;
		for (Row row : MATRIX) {
			for (Who who : Who.values()) {
				cells++;
				String expected = row.expected().get(who);
				Reply reply = call(row, who);
				check(row, who, expected, reply).ifPresent(failures::add);
			}
		}
		System.out.printf("Award authorization matrix: %d routes x states, %d cells checked%n", MATRIX.size(), cells);
		if (!failures.isEmpty()) {
			fail(table(failures));
		}
	}

	private Reply call(Row row, Who who) {
		Target target = row.state() == ANY ? null : this.targets.get(row.state());
		String[] methodAndPath = row.route().split(" ");
		String path = methodAndPath[1].replace("{a}", this.award).replace("{o}", this.objection);
		if (target != null) {
			path = path.replace("{c}", target.challenge()).replace("{b}", target.bid());
		}
		return Reply.send(this.sessions.get(who), methodAndPath[0], path, body(row.route(), target));
	}

	private Object body(String route, Target target) {
		return switch (route) {
			case "POST /api/admin/challenges/{c}/reviewers" -> Map.of("reviewerIds", List.of(this.assignedExpert));
			case "POST /api/admin/challenges/{c}/shortlist", "PUT /api/challenges/{c}/preferences" ->
				Map.of("bidIds", List.of(target.bid()));
			case "POST /api/admin/bids/{b}/consensus-decision" -> Map.of("adoptedScore", 70, "reasoning", "矩阵");
			case "POST /api/admin/challenges/{c}/award" -> Map.of("bidId", target.bid(), "rationale", "矩阵");
			case "POST /api/admin/challenges/{c}/unaward" -> Map.of("reason", "矩阵");
			case "POST /api/reviews/{c}/conflict" -> Map.of("hasConflict", false, "statement", "无");
			case "PUT /api/reviews/{c}/bids/{b}/score" -> AwardFixture.scoreBody("66");
			case "POST /api/announcements/{a}/objections" -> Map.of("reasons", "矩阵异议");
			case "POST /api/admin/objections/{o}/answer" -> Map.of("decision", "DISMISSED", "answer", "矩阵答复");
			default -> null;
		};
	}

	private Optional<String> check(Row row, Who who, String expected, Reply reply) {
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
		for (Map.Entry<State, Target> entry : this.targets.entrySet()) {
			if (reply.body().contains(entry.getValue().marker()) && !mayRead(who, entry.getKey())) {
				problems.add("leaks the bid of the " + entry.getKey() + " challenge");
			}
		}
		if (problems.isEmpty()) {
			return Optional.empty();
		}
		String body = reply.body().length() > 160 ? reply.body().substring(0, 160) + "…" : reply.body();
		return Optional.of(String.format("%-48s | %-9s | %-17s | %-30s | %s | %s", row.route(), row.state(), who,
				expected, String.join(", ", problems), body.replace('\n', ' ')));
	}

	/** Who may read LAB_BIDDER's bid on a challenge in a state: its lab; after the close the firm, admins, reviewers. */
	private static boolean mayRead(Who who, State state) {
		if (who == Who.LAB_BIDDER) {
			return true;
		}
		return state != PUBLISHED && (who == Who.FIRM_OWN || who == Who.ADMIN || who == Who.EXPERT_ASSIGNED);
	}

	private static String table(List<String> failures) {
		return Matrices.table(failures, 48, 17, 30);
	}

	/** One line of the matrix: a route on a challenge in one state, and what each actor must get. */
	record Row(String route, State state, Map<Who, String> expected) {
	}

	private static Row row(String route, State state, String... expected) {
		return new Row(route, state, Matrices.cells(Who.class, expected));
	}

}
