package org.jiebang.clarify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiebang.attachment.Uploads;
import org.jiebang.support.Matrices;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;

import static org.assertj.core.api.Assertions.fail;
import static org.jiebang.clarify.NewRoutesAuthorizationScenarios.State.ANY;
import static org.jiebang.clarify.NewRoutesAuthorizationScenarios.State.CLOSED;
import static org.jiebang.clarify.NewRoutesAuthorizationScenarios.State.DRAFT;
import static org.jiebang.clarify.NewRoutesAuthorizationScenarios.State.PUBLISHED;

/**
 * SPEC §10 authorization for the routes of clarifications, follows, invitations and attachments: every
 * route, on a challenge in each relevant state, called by every kind of actor, answers exactly the status
 * in {@link #MATRIX}; refusals are problem+json; no response reveals a sealed bid file (its name, digest,
 * bid) or who asked a question. All cells are checked and failures printed as one table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NewRoutesAuthorizationScenarios extends IntegrationTestSupport {

	/** Columns of the matrix, in this order. */
	enum Who {

		ANONYMOUS, FIRM_OWN, FIRM_OTHER, LAB_BIDDER, LAB_OTHER, ADMIN

	}

	/** The state of the challenge a cell acts on ({@code ANY}: the route does not involve one). */
	enum State {

		ANY, DRAFT, PUBLISHED, CLOSED

	}

	// {c} the challenge of the row's state, owned by FIRM_OWN; {fc} a document of it; {b} LAB_BIDDER's submitted
	// bid on it with the file {fb}; {q} an open question LAB_OTHER asked about it; {m} a milestone id that does
	// not exist (sign-in comes first, then 404). "403 bids-sealed" = status and problem type.
	// @formatter:off
	static final List<Row> MATRIX = List.of(
	//      route                                            state       anonymous  firm (own)                 other firm  lab (bidder)                        lab (other)                         admin
		row("POST /api/challenges/{c}/clarifications",       DRAFT,      "401",     "403",                     "403",      "404",                              "404",                              "403"),
		row("POST /api/challenges/{c}/clarifications",       PUBLISHED,  "401",     "403",                     "403",      "201",                              "201",                              "403"),
		row("POST /api/challenges/{c}/clarifications",       CLOSED,     "401",     "403",                     "403",      "409 clarification-window-closed",  "409 clarification-window-closed",  "403"),
		row("GET /api/challenges/{c}/clarifications",        DRAFT,      "404",     "200",                     "404",      "404",                              "404",                              "200"),
		row("GET /api/challenges/{c}/clarifications",        PUBLISHED,  "200",     "200",                     "200",      "200",                              "200",                              "200"),
		row("GET /api/challenges/{c}/clarifications",        CLOSED,     "200",     "200",                     "200",      "200",                              "200",                              "200"),
		row("POST /api/clarifications/{q}/answer",           PUBLISHED,  "401",     "200",                     "403",      "403",                              "403",                              "200"),
		row("POST /api/challenges/{c}/follow",               DRAFT,      "401",     "403",                     "403",      "404",                              "404",                              "403"),
		row("POST /api/challenges/{c}/follow",               PUBLISHED,  "401",     "403",                     "403",      "200",                              "200",                              "403"),
		row("GET /api/challenges/{c}/follow",                PUBLISHED,  "401",     "403",                     "403",      "200",                              "200",                              "403"),
		row("DELETE /api/challenges/{c}/follow",             PUBLISHED,  "401",     "403",                     "403",      "204",                              "204",                              "403"),
		row("GET /api/my/follows",                           ANY,        "401",     "403",                     "403",      "200",                              "200",                              "403"),
		row("POST /api/challenges/{c}/invitations",          DRAFT,      "401",     "409 challenge-state",     "404",      "403",                              "403",                              "403"),
		row("POST /api/challenges/{c}/invitations",          PUBLISHED,  "401",     "201",                     "403",      "403",                              "403",                              "403"),
		row("POST /api/challenges/{c}/invitations",          CLOSED,     "401",     "409 bid-window-closed",   "403",      "403",                              "403",                              "403"),
		row("GET /api/challenges/{c}/invitations",           DRAFT,      "401",     "200",                     "404",      "404",                              "404",                              "200"),
		row("GET /api/challenges/{c}/invitations",           PUBLISHED,  "401",     "200",                     "403",      "403",                              "403",                              "200"),
		row("GET /api/my/invitations",                       ANY,        "401",     "403",                     "403",      "200",                              "200",                              "403"),
		row("POST /api/challenges/{c}/attachments",          DRAFT,      "401",     "201",                     "404",      "404",                              "404",                              "201"),
		row("POST /api/challenges/{c}/attachments",          PUBLISHED,  "401",     "409 challenge-state",     "403",      "403",                              "403",                              "201"),
		row("GET /api/challenges/{c}/attachments",           DRAFT,      "404",     "200",                     "404",      "404",                              "404",                              "200"),
		row("GET /api/challenges/{c}/attachments",           PUBLISHED,  "200",     "200",                     "200",      "200",                              "200",                              "200"),
		row("GET /api/attachments/{fc}",                     DRAFT,      "404",     "200",                     "404",      "404",                              "404",                              "200"),
		row("GET /api/attachments/{fc}",                     PUBLISHED,  "200",     "200",                     "200",      "200",                              "200",                              "200"),
		row("DELETE /api/attachments/{fc}",                  DRAFT,      "401",     "204",                     "404",      "404",                              "404",                              "204"),
		row("DELETE /api/attachments/{fc}",                  PUBLISHED,  "401",     "409 challenge-state",     "403",      "403",                              "403",                              "204"),
		row("POST /api/bids/{b}/attachments",                PUBLISHED,  "401",     "403 bids-sealed",         "404",      "201",                              "404",                              "403 bids-sealed"),
		row("POST /api/bids/{b}/attachments",                CLOSED,     "401",     "403",                     "404",      "409 bid-window-closed",            "404",                              "403"),
		row("GET /api/bids/{b}/attachments",                 PUBLISHED,  "401",     "403 bids-sealed",         "404",      "200",                              "404",                              "403 bids-sealed"),
		row("GET /api/bids/{b}/attachments",                 CLOSED,     "401",     "200",                     "404",      "200",                              "404",                              "200"),
		row("GET /api/attachments/{fb}",                     PUBLISHED,  "401",     "403 bids-sealed",         "404",      "200",                              "404",                              "403 bids-sealed"),
		row("GET /api/attachments/{fb}",                     CLOSED,     "401",     "200",                     "404",      "200",                              "404",                              "200"),
		row("DELETE /api/attachments/{fb}",                  PUBLISHED,  "401",     "403 bids-sealed",         "404",      "204",                              "404",                              "403 bids-sealed"),
		row("DELETE /api/attachments/{fb}",                  CLOSED,     "401",     "403",                     "404",      "409 bid-window-closed",            "404",                              "403"),
		row("POST /api/milestones/{m}/attachments",          ANY,        "401",     "404",                     "404",      "404",                              "404",                              "404"),
		row("GET /api/milestones/{m}/attachments",           ANY,        "401",     "404",                     "404",      "404",                              "404",                              "404"));
	// @formatter:on

	/** Routes whose success uses up their target, so each success gets a fresh one. */
	private static final Set<String> CONSUMING = Set.of("POST /api/clarifications/{q}/answer",
			"DELETE /api/attachments/{fc}", "DELETE /api/attachments/{fb}");

	private static final Set<String> UPLOADS = Set.of("POST /api/challenges/{c}/attachments",
			"POST /api/bids/{b}/attachments", "POST /api/milestones/{m}/attachments");

	private final Map<Who, Session> sessions = new EnumMap<>(Who.class);

	private final Map<State, Target> targets = new EnumMap<>(State.class);

	private final List<String> sealed = new ArrayList<>();

	private final List<String> askers = new ArrayList<>();

	private MarketplaceFixture fixture;

	private String otherLab;

	/**
	 * A challenge in one state with what the routes act on.
	 *
	 * @param challenge the challenge
	 * @param document a document of it
	 * @param bid LAB_BIDDER's submitted bid, from PUBLISHED on
	 * @param bidFile a file of that bid
	 * @param question an open question about it
	 */
	private record Target(String challenge, String document, String bid, String bidFile, String question) {
	}

	@BeforeAll
	void prepare() {
		Cast cast = Cast.signIn(api());
		this.sessions.put(Who.ANONYMOUS, cast.anonymous());
		this.sessions.put(Who.FIRM_OWN, cast.firm());
		this.sessions.put(Who.FIRM_OTHER, cast.otherFirm());
		this.sessions.put(Who.LAB_BIDDER, cast.bidder());
		this.sessions.put(Who.LAB_OTHER, cast.otherLab());
		this.sessions.put(Who.ADMIN, cast.admin());
		this.fixture = new MarketplaceFixture(cast);
		this.otherLab = Cast.labId(cast.otherLab()).toString();
		for (Session lab : List.of(cast.bidder(), cast.otherLab())) {
			Map<String, Object> me = Cast.me(lab);
			this.askers.addAll(List.of(String.valueOf(me.get("id")), String.valueOf(me.get("username")),
					String.valueOf(((Map<?, ?>) me.get("lab")).get("id"))));
		}
		this.targets.put(CLOSED, target(CLOSED, Duration.ofSeconds(9)));
		this.targets.put(DRAFT, target(DRAFT, MarketplaceFixture.OPEN_FOR_HOURS));
		this.targets.put(PUBLISHED, target(PUBLISHED, MarketplaceFixture.OPEN_FOR_HOURS));
		this.fixture.awaitClosed(this.targets.get(CLOSED).challenge());
	}

	private Target target(State state, Duration untilDeadline) {
		String marker = "矩阵文件-" + UUID.randomUUID().toString().substring(0, 8);
		String title = "新路由矩阵 " + state + " " + marker;
		String challenge = this.fixture.draft(title, untilDeadline);
		String document = Uploads.upload(this.sessions.get(Who.FIRM_OWN), "/api/challenges/" + challenge
				+ "/attachments", "榜单附件.pdf", Uploads.pdf(2000, marker)).expect(201).text("id");
		if (state == DRAFT) {
			return new Target(challenge, document, null, null, null);
		}
		Reply.post(this.sessions.get(Who.FIRM_OWN), "/api/challenges/" + challenge + "/submit", null).expect(200);
		Reply.post(this.sessions.get(Who.ADMIN), "/api/admin/challenges/" + challenge + "/approve", null).expect(200);
		Session bidder = this.sessions.get(Who.LAB_BIDDER);
		String sealedMarker = "密封文件-" + UUID.randomUUID().toString().substring(0, 8);
		String bid = MarketplaceFixture.submittedBid(bidder, challenge,
				MarketplaceFixture.bidBody(sealedMarker, "300000.00"));
		byte[] content = Uploads.pdf(3000, sealedMarker);
		String file = Uploads.upload(bidder, "/api/bids/" + bid + "/attachments", sealedMarker + ".pdf", content)
			.expect(201)
			.text("id");
		this.sealed.addAll(List.of(sealedMarker, Uploads.sha256(content), bid));
		String question = state == PUBLISHED ? question(challenge) : null;
		return new Target(challenge, document, bid, file, question);
	}

	private String question(String challenge) {
		return Reply.post(this.sessions.get(Who.LAB_OTHER), "/api/challenges/" + challenge + "/clarifications",
				Map.of("question", "矩阵问题 " + UUID.randomUUID())).expect(201).text("id");
	}

	@Test
	void everyNewRouteAnswersEveryActorAsTheMatrixSaysAndLeaksNothing() {
		List<String> failures = new ArrayList<>();
		int cells = 0;
		for (Row row : MATRIX) {
			for (Who who : Who.values()) {
				cells++;
				String expected = row.expected().get(who);
				Reply reply = call(row, who, expected.startsWith("2"));
				check(row, who, expected, reply).ifPresent(failures::add);
			}
		}
		System.out.printf("New routes authorization matrix: %d rows, %d cells checked%n", MATRIX.size(), cells);
		if (!failures.isEmpty()) {
			fail(table(failures));
		}
	}

	private Reply call(Row row, Who who, boolean success) {
		Target target = row.state() == ANY ? null : this.targets.get(row.state());
		Session session = this.sessions.get(who);
		String[] methodAndPath = row.route().split(" ");
		String path = methodAndPath[1].replace("{m}", UUID.randomUUID().toString());
		if (target != null) {
			boolean fresh = success && CONSUMING.contains(row.route());
			path = path.replace("{c}", target.challenge());
			if (path.contains("{fc}")) {
				path = path.replace("{fc}", fresh ? freshDocument(target, who) : target.document());
			}
			if (target.bid() != null) {
				path = path.replace("{b}", target.bid());
			}
			if (path.contains("{fb}")) {
				path = path.replace("{fb}", fresh ? freshBidFile(target) : target.bidFile());
			}
			if (path.contains("{q}")) {
				path = path.replace("{q}", fresh ? question(target.challenge()) : target.question());
			}
		}
		if (UPLOADS.contains(row.route())) {
			return Uploads.upload(session, path, "矩阵上传.pdf", Uploads.pdf(1500, "upload by " + who));
		}
		return switch (methodAndPath[0]) {
			case "GET" -> Reply.get(session, path);
			case "DELETE" -> Reply.of("DELETE", path, session.delete(path));
			default -> Reply.post(session, path, body(row.route()));
		};
	}

	private String freshDocument(Target target, Who who) {
		Session uploader = this.sessions.get(who == Who.ADMIN ? Who.ADMIN : Who.FIRM_OWN);
		return Uploads.upload(uploader, "/api/challenges/" + target.challenge() + "/attachments", "待删除.pdf",
				Uploads.pdf(1200, "fresh")).expect(201).text("id");
	}

	private String freshBidFile(Target target) {
		String marker = "待删除-" + UUID.randomUUID().toString().substring(0, 8);
		byte[] content = Uploads.pdf(1300, marker);
		this.sealed.addAll(List.of(marker, Uploads.sha256(content)));
		return Uploads.upload(this.sessions.get(Who.LAB_BIDDER), "/api/bids/" + target.bid() + "/attachments",
				marker + ".pdf", content).expect(201).text("id");
	}

	private Object body(String route) {
		return switch (route) {
			case "POST /api/challenges/{c}/clarifications" -> Map.of("question", "矩阵提问 " + UUID.randomUUID());
			case "POST /api/clarifications/{q}/answer" -> Map.of("answer", "矩阵答复", "changesTerms", false);
			case "POST /api/challenges/{c}/invitations" -> Map.of("labId", this.otherLab, "message", "矩阵邀请");
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
		boolean opened = row.state() == CLOSED && (who == Who.FIRM_OWN || who == Who.ADMIN);
		if (who != Who.LAB_BIDDER && !opened) {
			this.sealed.stream()
				.filter(value -> !reply.uri().contains(value) && reply.body().contains(value))
				.forEach(value -> problems.add("reveals sealed " + value));
		}
		if (row.route().contains("clarifications")) {
			this.askers.stream()
				.filter(reply.body()::contains)
				.forEach(value -> problems.add("reveals an asker: " + value));
		}
		if (problems.isEmpty()) {
			return Optional.empty();
		}
		String body = reply.body().length() > 160 ? reply.body().substring(0, 160) + "…" : reply.body();
		return Optional.of(String.format("%-44s | %-9s | %-10s | %-34s | %s | %s", row.route(), row.state(), who,
				expected, String.join(", ", problems), body.replace('\n', ' ')));
	}

	private static String table(List<String> failures) {
		return Matrices.table(failures, 44, 10, 34);
	}

	/** One line of the matrix: a route on a challenge in one state, and what each actor must get. */
	record Row(String route, State state, Map<Who, String> expected) {
	}

	private static Row row(String route, State state, String... expected) {
		return new Row(route, state, Matrices.cells(Who.class, expected));
	}

}
