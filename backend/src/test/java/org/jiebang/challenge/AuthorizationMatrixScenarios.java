package org.jiebang.challenge;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiebang.support.Matrices;
import org.jiebang.support.Api;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.jiebang.challenge.AuthorizationMatrixScenarios.State.ANY;
import static org.jiebang.challenge.AuthorizationMatrixScenarios.State.CLOSED;
import static org.jiebang.challenge.AuthorizationMatrixScenarios.State.DRAFT;
import static org.jiebang.challenge.AuthorizationMatrixScenarios.State.PUBLISHED;
import static org.jiebang.challenge.AuthorizationMatrixScenarios.State.SUBMITTED;

/**
 * SPEC §10 "authorization … tested as a matrix of role × endpoint × ownership": every challenge, bid, lab,
 * audit and verification route, called by every kind of actor on a challenge in each relevant state, must
 * answer exactly the status in {@link #MATRIX}; every refusal is problem+json and leaks nothing (no bid
 * content, no contact for visitors, no invitation code). All cells are checked; failures are printed as one
 * table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuthorizationMatrixScenarios extends IntegrationTestSupport {

	/** Columns of the matrix, in this order. */
	enum Who {

		ANONYMOUS, FIRM_OWN, FIRM_OTHER, LAB_BIDDER, LAB_OTHER, ADMIN

	}

	/** The state of the challenge a cell acts on ({@code ANY}: the route does not involve one). */
	enum State {

		ANY, DRAFT, SUBMITTED, PUBLISHED, CLOSED

	}

	// {c} the challenge of the row's state, owned by FIRM_OWN's organization; {b} LAB_BIDDER's submitted bid on
	// it; {lab} LAB_BIDDER's lab; {org} an unverified organization. "403 bids-sealed" = status and problem type.
	// @formatter:off
	static final List<Row> MATRIX = List.of(
	//      route                                            state       anonymous  firm (own)                other firm       lab (bidder)               lab (other)                admin
		row("POST /api/challenges",                          ANY,        "401",     "201",                    "201",           "403",                     "403",                     "403"),
		row("PUT /api/challenges/{c}",                       DRAFT,      "401",     "200",                    "404",           "403",                     "403",                     "403"),
		row("PUT /api/challenges/{c}",                       SUBMITTED,  "401",     "409 challenge-state",    "404",           "403",                     "403",                     "403"),
		row("PUT /api/challenges/{c}",                       PUBLISHED,  "401",     "409 challenge-state",    "403",           "403",                     "403",                     "403"),
		row("PUT /api/challenges/{c}",                       CLOSED,     "401",     "409 challenge-state",    "403",           "403",                     "403",                     "403"),
		row("POST /api/challenges/{c}/submit",               DRAFT,      "401",     "200",                    "404",           "403",                     "403",                     "403"),
		row("POST /api/challenges/{c}/submit",               SUBMITTED,  "401",     "409 challenge-state",    "404",           "403",                     "403",                     "403"),
		row("POST /api/challenges/{c}/submit",               PUBLISHED,  "401",     "409 challenge-state",    "403",           "403",                     "403",                     "403"),
		row("POST /api/challenges/{c}/submit",               CLOSED,     "401",     "409 challenge-state",    "403",           "403",                     "403",                     "403"),
		row("POST /api/challenges/{c}/cancel",               DRAFT,      "401",     "200",                    "404",           "404",                     "404",                     "200"),
		row("POST /api/challenges/{c}/cancel",               SUBMITTED,  "401",     "200",                    "404",           "404",                     "404",                     "200"),
		row("POST /api/challenges/{c}/cancel",               PUBLISHED,  "401",     "200",                    "403",           "403",                     "403",                     "200"),
		row("POST /api/challenges/{c}/cancel",               CLOSED,     "401",     "200",                    "403",           "403",                     "403",                     "200"),
		row("GET /api/challenges",                           ANY,        "200",     "200",                    "200",           "200",                     "200",                     "200"),
		row("GET /api/challenges/{c}",                       DRAFT,      "404",     "200",                    "404",           "404",                     "404",                     "200"),
		row("GET /api/challenges/{c}",                       SUBMITTED,  "404",     "200",                    "404",           "404",                     "404",                     "200"),
		row("GET /api/challenges/{c}",                       PUBLISHED,  "200",     "200",                    "200",           "200",                     "200",                     "200"),
		row("GET /api/challenges/{c}",                       CLOSED,     "200",     "200",                    "200",           "200",                     "200",                     "200"),
		row("GET /api/my/challenges",                        ANY,        "401",     "200",                    "200",           "403",                     "403",                     "403"),
		row("GET /api/admin/review-queue",                   ANY,        "401",     "403",                    "403",           "403",                     "403",                     "200"),
		row("POST /api/admin/challenges/{c}/approve",        DRAFT,      "401",     "403",                    "403",           "403",                     "403",                     "409 challenge-state"),
		row("POST /api/admin/challenges/{c}/approve",        SUBMITTED,  "401",     "403",                    "403",           "403",                     "403",                     "200"),
		row("POST /api/admin/challenges/{c}/approve",        PUBLISHED,  "401",     "403",                    "403",           "403",                     "403",                     "409 challenge-state"),
		row("POST /api/admin/challenges/{c}/approve",        CLOSED,     "401",     "403",                    "403",           "403",                     "403",                     "409 challenge-state"),
		row("POST /api/admin/challenges/{c}/reject",         DRAFT,      "401",     "403",                    "403",           "403",                     "403",                     "409 challenge-state"),
		row("POST /api/admin/challenges/{c}/reject",         SUBMITTED,  "401",     "403",                    "403",           "403",                     "403",                     "200"),
		row("POST /api/admin/challenges/{c}/reject",         PUBLISHED,  "401",     "403",                    "403",           "403",                     "403",                     "409 challenge-state"),
		row("POST /api/admin/challenges/{c}/reject",         CLOSED,     "401",     "403",                    "403",           "403",                     "403",                     "409 challenge-state"),
		row("POST /api/admin/challenges/{c}/amend",          DRAFT,      "401",     "403",                    "403",           "403",                     "403",                     "409 challenge-state"),
		row("POST /api/admin/challenges/{c}/amend",          SUBMITTED,  "401",     "403",                    "403",           "403",                     "403",                     "409 challenge-state"),
		row("POST /api/admin/challenges/{c}/amend",          PUBLISHED,  "401",     "403",                    "403",           "403",                     "403",                     "200"),
		row("POST /api/admin/challenges/{c}/amend",          CLOSED,     "401",     "403",                    "403",           "403",                     "403",                     "409 challenge-state"),
		row("POST /api/challenges/{c}/bids",                 DRAFT,      "401",     "403",                    "403",           "404",                     "404",                     "403"),
		row("POST /api/challenges/{c}/bids",                 SUBMITTED,  "401",     "403",                    "403",           "404",                     "404",                     "403"),
		row("POST /api/challenges/{c}/bids",                 PUBLISHED,  "401",     "403",                    "403",           "409 bid-exists",          "201",                     "403"),
		row("POST /api/challenges/{c}/bids",                 CLOSED,     "401",     "403",                    "403",           "409 bid-window-closed",   "409 bid-window-closed",   "403"),
		row("PUT /api/bids/{b}",                             PUBLISHED,  "401",     "403",                    "403",           "200",                     "404",                     "403"),
		row("PUT /api/bids/{b}",                             CLOSED,     "401",     "403",                    "403",           "409 bid-window-closed",   "404",                     "403"),
		row("POST /api/bids/{b}/submit",                     PUBLISHED,  "401",     "403",                    "403",           "200",                     "404",                     "403"),
		row("POST /api/bids/{b}/submit",                     CLOSED,     "401",     "403",                    "403",           "409 bid-window-closed",   "404",                     "403"),
		row("POST /api/bids/{b}/withdraw",                   PUBLISHED,  "401",     "403",                    "403",           "200",                     "404",                     "403"),
		row("POST /api/bids/{b}/withdraw",                   CLOSED,     "401",     "403",                    "403",           "409 bid-window-closed",   "404",                     "403"),
		row("GET /api/my/bids",                              ANY,        "401",     "403",                    "403",           "200",                     "200",                     "403"),
		row("GET /api/challenges/{c}/bids",                  DRAFT,      "401",     "403 bids-sealed",        "404",           "404",                     "404",                     "403 bids-sealed"),
		row("GET /api/challenges/{c}/bids",                  SUBMITTED,  "401",     "403 bids-sealed",        "404",           "404",                     "404",                     "403 bids-sealed"),
		row("GET /api/challenges/{c}/bids",                  PUBLISHED,  "401",     "403 bids-sealed",        "403 bids-sealed", "403 bids-sealed",       "403 bids-sealed",         "403 bids-sealed"),
		row("GET /api/challenges/{c}/bids",                  CLOSED,     "401",     "200",                    "403",           "403",                     "403",                     "200"),
		row("GET /api/bids/{b}",                             PUBLISHED,  "401",     "403 bids-sealed",        "404",           "200",                     "404",                     "403 bids-sealed"),
		row("GET /api/bids/{b}",                             CLOSED,     "401",     "200",                    "404",           "200",                     "404",                     "200"),
		row("GET /api/bids/{b}/receipt",                     PUBLISHED,  "401",     "403 bids-sealed",        "404",           "200",                     "404",                     "403 bids-sealed"),
		row("GET /api/bids/{b}/receipt",                     CLOSED,     "401",     "200",                    "404",           "200",                     "404",                     "200"),
		row("GET /api/bids/{b}/verify",                      PUBLISHED,  "401",     "403 bids-sealed",        "404",           "409 bids-not-opened",     "404",                     "403 bids-sealed"),
		row("GET /api/bids/{b}/verify",                      CLOSED,     "401",     "200",                    "404",           "200",                     "404",                     "200"),
		row("GET /api/labs",                                 ANY,        "200",     "200",                    "200",           "200",                     "200",                     "200"),
		row("GET /api/labs/{lab}",                           ANY,        "200",     "200",                    "200",           "200",                     "200",                     "200"),
		row("GET /api/my/lab",                               ANY,        "401",     "403",                    "403",           "200",                     "200",                     "403"),
		row("PUT /api/my/lab",                               ANY,        "401",     "403",                    "403",           "200",                     "200",                     "403"),
		row("GET /api/admin/audit",                          ANY,        "401",     "403",                    "403",           "403",                     "403",                     "200"),
		row("GET /api/admin/audit/verify",                   ANY,        "401",     "403",                    "403",           "403",                     "403",                     "200"),
		row("POST /api/admin/organizations/{org}/verify",    ANY,        "401",     "403",                    "403",           "403",                     "403",                     "200"));
	// @formatter:on

	/** Routes whose success uses up their target (a second success is impossible), so each gets a fresh one. */
	private static final Set<String> CONSUMING = Set.of("POST /api/challenges/{c}/submit",
			"POST /api/challenges/{c}/cancel", "POST /api/admin/challenges/{c}/approve",
			"POST /api/admin/challenges/{c}/reject", "POST /api/bids/{b}/withdraw", "POST /api/challenges/{c}/bids");

	/** Names of bid fields that no refusal may mention. */
	private static final List<String> BID_FIELD_NAMES = List.of("technicalApproach", "quotedAmount", "milestonePlan",
			"conflictDeclaration", "commitment");

	private static final String CONTACT_PHONE = "0755-1234567";

	private static final String CONTACT_EMAIL = "zhang@example.com";

	private static final String OPEN_AMOUNT = "987654.32";

	private static final String CLOSED_AMOUNT = "876543.21";

	private final Map<Who, Session> sessions = new EnumMap<>(Who.class);

	private final Map<State, Target> shared = new EnumMap<>(State.class);

	private final Deque<Target> closedPool = new ArrayDeque<>();

	private final List<Target> bids = new ArrayList<>();

	private final Map<Who, List<String>> invitationCodes = new EnumMap<>(Who.class);

	/** Invitation codes of an organization none of the actors belongs to. */
	private final List<String> strangerCodes = new ArrayList<>();

	private MarketplaceFixture fixture;

	private String bidderLab;

	private String unverifiedOrganization;

	/** A challenge with, from PUBLISHED on, LAB_BIDDER's submitted bid and what that bid must not reveal. */
	private record Target(State state, String challenge, String bid, Map<String, Object> bidBody, String marker,
			String amount, String commitment) {
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
		// The closing challenges first, so that their deadlines pass while the rest is prepared.
		for (int i = 0; i < 3; i++) {
			this.closedPool.add(target(CLOSED, Duration.ofSeconds(7)));
		}
		this.shared.put(DRAFT, target(DRAFT, null));
		this.shared.put(SUBMITTED, target(SUBMITTED, null));
		this.shared.put(PUBLISHED, target(PUBLISHED, MarketplaceFixture.OPEN_FOR_HOURS));
		this.bidderLab = Cast.labId(cast.bidder()).toString();
		for (Who who : Who.values()) {
			this.invitationCodes.put(who, who == Who.ANONYMOUS ? List.of() : invitationCodes(this.sessions.get(who)));
		}
		Session unverified = api().register("FIRM", "ENTERPRISE", Api.uniqueName("matrix-org"));
		this.unverifiedOrganization = Cast.organizationId(unverified).toString();
		this.strangerCodes.addAll(invitationCodes(unverified));
		this.fixture.awaitClosed(this.closedPool.stream().map(Target::challenge).toArray(String[]::new));
		this.shared.put(CLOSED, this.closedPool.poll());
	}

	@Test
	void everyRouteAnswersEveryActorAsTheMatrixSaysAndRefusalsLeakNothing() {
		List<String> failures = new ArrayList<>();
		int cells = 0;
		for (Row row : MATRIX) {
			for (Who who : Who.values()) {
				cells++;
				String expected = row.expected().get(who);
				Reply reply = call(row, who, expected);
				check(row, who, expected, reply).ifPresent(failures::add);
			}
		}
		System.out.printf("Authorization matrix: %d routes x states, %d cells checked%n", MATRIX.size(), cells);
		if (!failures.isEmpty()) {
			fail(table(failures));
		}
	}

	private Reply call(Row row, Who who, String expected) {
		boolean success = expected.startsWith("2");
		Target target = row.state() == ANY ? null
				: success && CONSUMING.contains(row.route()) ? fresh(row.state()) : this.shared.get(row.state());
		String[] methodAndPath = row.route().split(" ");
		String path = methodAndPath[1].replace("{lab}", this.bidderLab)
			.replace("{org}", this.unverifiedOrganization);
		if (target != null) {
			path = path.replace("{c}", target.challenge());
			if (target.bid() != null) {
				path = path.replace("{b}", target.bid());
			}
		}
		return Reply.send(this.sessions.get(who), methodAndPath[0], path, body(row.route(), who, target));
	}

	private Object body(String route, Who who, Target target) {
		return switch (route) {
			case "POST /api/challenges" -> MarketplaceFixture.challengeBody("矩阵新建 " + UUID.randomUUID(),
					Instant.now().plus(MarketplaceFixture.OPEN_FOR_HOURS));
			case "PUT /api/challenges/{c}" -> {
				Map<String, Object> body = MarketplaceFixture.challengeBody("矩阵编辑 " + target.state(),
						Instant.now().plus(MarketplaceFixture.OPEN_FOR_HOURS));
				body.put("version", ((Map<?, ?>) this.fixture.challenge(target.challenge()).get("review")).get("version"));
				yield body;
			}
			case "POST /api/challenges/{c}/cancel", "POST /api/admin/challenges/{c}/reject" ->
				Map.of("reason", "权限矩阵测试");
			case "POST /api/admin/challenges/{c}/amend" -> Map.of("reason", "权限矩阵测试", "summary",
					"修订摘要 " + UUID.randomUUID());
			case "POST /api/challenges/{c}/bids" -> MarketplaceFixture.bidBody("NEWBID", "1000.00");
			case "PUT /api/bids/{b}" -> {
				if (who != Who.LAB_BIDDER) {
					Map<String, Object> intruder = MarketplaceFixture.bidBody("INTRUDER", "1000.00");
					intruder.put("version", 0);
					yield intruder;
				}
				Map<String, Object> body = new LinkedHashMap<>(target.bidBody());
				body.put("version", Reply.get(this.sessions.get(Who.LAB_BIDDER), "/api/bids/" + target.bid())
					.expect(200)
					.json()
					.get("version"));
				yield body;
			}
			case "PUT /api/my/lab" -> labProfileBody(who);
			default -> null;
		};
	}

	private Map<String, Object> labProfileBody(Who who) {
		if (who != Who.LAB_BIDDER && who != Who.LAB_OTHER) {
			return Map.of("name", "不是实验室", "version", 0);
		}
		Map<String, Object> mine = Reply.get(this.sessions.get(who), "/api/my/lab").expect(200).json();
		Map<String, Object> body = new LinkedHashMap<>();
		for (String field : List.of("name", "leader", "summary", "researchFields", "keywords", "capabilities",
				"achievements", "facilities", "teamSize", "province", "city", "version")) {
			body.put(field, mine.get(field));
		}
		return body;
	}

	private java.util.Optional<String> check(Row row, Who who, String expected, Reply reply) {
		String[] parts = expected.split(" ");
		int status = Integer.parseInt(parts[0]);
		List<String> problems = new ArrayList<>();
		if (reply.status() != status) {
			problems.add("status " + reply.status());
		}
		if (parts.length > 1 && !parts[1].equals(reply.problemType())) {
			problems.add("type '" + reply.problemType() + "'");
		}
		if (reply.status() >= 400) {
			if (!reply.isProblem()) {
				problems.add("content type '" + reply.contentType() + "'");
			}
			BID_FIELD_NAMES.stream().filter(reply.body()::contains).forEach(name -> problems.add("names " + name));
			java.util.stream.Stream
				.concat(this.invitationCodes.values().stream().flatMap(List::stream), this.strangerCodes.stream())
				.filter(reply.body()::contains)
				.forEach(code -> problems.add("leaks invitation code"));
		}
		else if (reply.status() < 300 && who != Who.ADMIN) {
			java.util.stream.Stream
				.concat(this.invitationCodes.entrySet()
					.stream()
					.filter(e -> e.getKey() != who)
					.flatMap(e -> e.getValue().stream()), this.strangerCodes.stream())
				.filter(reply.body()::contains)
				.forEach(code -> problems.add("leaks another's invitation code"));
		}
		if (who == Who.ANONYMOUS && (reply.body().contains(CONTACT_PHONE) || reply.body().contains(CONTACT_EMAIL))) {
			problems.add("shows the contact to a visitor");
		}
		problems.addAll(sealLeaks(who, reply));
		if (problems.isEmpty()) {
			return java.util.Optional.empty();
		}
		String body = reply.body().length() > 160 ? reply.body().substring(0, 160) + "…" : reply.body();
		return java.util.Optional.of(String.format("%-46s | %-9s | %-10s | %-25s | %s | %s", row.route(), row.state(),
				who, expected, String.join(", ", problems), body.replace('\n', ' ')));
	}

	/** Bid values this actor may not see: any bid before its close, and after it unless firm or admin. */
	private List<String> sealLeaks(Who who, Reply reply) {
		List<String> leaks = new ArrayList<>();
		if (who == Who.LAB_BIDDER) {
			return leaks;
		}
		for (Target bid : this.bids) {
			boolean opened = bid.state() == CLOSED && (who == Who.FIRM_OWN || who == Who.ADMIN);
			if (opened) {
				continue;
			}
			for (String value : List.of(bid.marker(), bid.amount(), bid.commitment())) {
				if (reply.body().contains(value)) {
					leaks.add("leaks sealed bid value " + value);
				}
			}
			if (!reply.uri().contains(bid.bid()) && reply.body().contains(bid.bid())) {
				leaks.add("leaks sealed bid id");
			}
		}
		return leaks;
	}

	private Target fresh(State state) {
		if (state == CLOSED) {
			Target closed = this.closedPool.poll();
			assertThat(closed).as("a spare closed challenge").isNotNull();
			return closed;
		}
		return target(state, state == PUBLISHED ? MarketplaceFixture.OPEN_FOR_HOURS : null);
	}

	private Target target(State state, Duration untilDeadline) {
		String title = "权限矩阵 " + state + " " + UUID.randomUUID().toString().substring(0, 8);
		Duration deadline = untilDeadline == null ? MarketplaceFixture.OPEN_FOR_HOURS : untilDeadline;
		String challenge = switch (state) {
			case DRAFT -> this.fixture.draft(title, deadline);
			case SUBMITTED -> this.fixture.submitted(title, deadline);
			default -> this.fixture.published(title, deadline);
		};
		if (state == DRAFT || state == SUBMITTED) {
			return new Target(state, challenge, null, null, null, null, null);
		}
		String marker = (state == CLOSED ? "SHUT" : "OPEN") + UUID.randomUUID().toString().substring(0, 12);
		String amount = state == CLOSED ? CLOSED_AMOUNT : OPEN_AMOUNT;
		Map<String, Object> body = MarketplaceFixture.bidBody(marker, amount);
		Session bidder = this.sessions.get(Who.LAB_BIDDER);
		String bid = MarketplaceFixture.draftBid(bidder, challenge, body);
		String commitment = (String) MarketplaceFixture.submitBid(bidder, bid).get("commitment");
		Target target = new Target(state, challenge, bid, body, marker, amount, commitment);
		this.bids.add(target);
		return target;
	}

	private static List<String> invitationCodes(Session session) {
		Map<String, Object> me = Cast.me(session);
		List<String> codes = new ArrayList<>();
		for (String part : List.of("organization", "lab")) {
			Object ref = me.get(part);
			if (ref instanceof Map<?, ?> map && map.get("invitationCode") instanceof String code && !code.isBlank()) {
				codes.add(code);
			}
		}
		return codes;
	}

	private static String table(List<String> failures) {
		return Matrices.table(failures, 46, 10, 25);
	}

	/** One line of the matrix: a route on a challenge in one state, and what each actor must get. */
	record Row(String route, State state, Map<Who, String> expected) {
	}

	private static Row row(String route, State state, String... expected) {
		return new Row(route, state, Matrices.cells(Who.class, expected));
	}

}
