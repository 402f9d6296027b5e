package org.jiebang.challenge;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.jiebang.challenge.ChallengeStateMachineScenarios.Action.AMEND;
import static org.jiebang.challenge.ChallengeStateMachineScenarios.Action.APPROVE;
import static org.jiebang.challenge.ChallengeStateMachineScenarios.Action.CANCEL;
import static org.jiebang.challenge.ChallengeStateMachineScenarios.Action.EDIT;
import static org.jiebang.challenge.ChallengeStateMachineScenarios.Action.REJECT;
import static org.jiebang.challenge.ChallengeStateMachineScenarios.Action.SUBMIT;
import static org.jiebang.challenge.ChallengeStateMachineScenarios.Action.WAIT_FOR_DEADLINE;
import static org.jiebang.challenge.ChallengeStateMachineScenarios.Who.OWN_FIRM;
import static org.jiebang.challenge.ChallengeStateMachineScenarios.Who.SYSTEM;

/**
 * Property-style check of the SPEC §2 state machine: seeded random sequences of lifecycle actions by random
 * actors on fresh challenges. After every step the status is what {@link #ALLOWED} says for that state,
 * action and actor; everything not in the table is refused with a 4xx problem and changes nothing; nothing
 * answers 5xx; and the audit chain still verifies at the end. Re-run a failure with
 * {@code -Djiebang.stateMachine.seed=<seed>}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChallengeStateMachineScenarios extends IntegrationTestSupport {

	/** Who acts. {@code SYSTEM} is the deadline job. */
	enum Who {

		OWN_FIRM, OTHER_FIRM, ADMIN, LAB, ANONYMOUS, SYSTEM

	}

	enum Action {

		EDIT, SUBMIT, APPROVE, REJECT, CANCEL, AMEND, WAIT_FOR_DEADLINE

	}

	/** One allowed transition of SPEC §2. */
	record Transition(ChallengeStatus from, Action action, Who who, ChallengeStatus to) {
	}

	// SPEC §2: DRAFT --submit--> SUBMITTED --approve--> PUBLISHED --deadline--> CLOSED; SUBMITTED --reject-->
	// REJECTED --edit--> DRAFT; only DRAFT and REJECTED are editable, by the firm; an ADMIN amends a published
	// challenge; any state before AWARDED --cancel--> CANCELLED, by the firm or an ADMIN. Nothing else.
	// @formatter:off
	static final List<Transition> ALLOWED = List.of(
		new Transition(ChallengeStatus.DRAFT,     EDIT,              OWN_FIRM,  ChallengeStatus.DRAFT),
		new Transition(ChallengeStatus.REJECTED,  EDIT,              OWN_FIRM,  ChallengeStatus.DRAFT),
		new Transition(ChallengeStatus.DRAFT,     SUBMIT,            OWN_FIRM,  ChallengeStatus.SUBMITTED),
		new Transition(ChallengeStatus.SUBMITTED, APPROVE,           Who.ADMIN, ChallengeStatus.PUBLISHED),
		new Transition(ChallengeStatus.SUBMITTED, REJECT,            Who.ADMIN, ChallengeStatus.REJECTED),
		new Transition(ChallengeStatus.PUBLISHED, AMEND,             Who.ADMIN, ChallengeStatus.PUBLISHED),
		new Transition(ChallengeStatus.PUBLISHED, WAIT_FOR_DEADLINE, SYSTEM,    ChallengeStatus.CLOSED),
		new Transition(ChallengeStatus.DRAFT,     CANCEL,            OWN_FIRM,  ChallengeStatus.CANCELLED),
		new Transition(ChallengeStatus.DRAFT,     CANCEL,            Who.ADMIN, ChallengeStatus.CANCELLED),
		new Transition(ChallengeStatus.SUBMITTED, CANCEL,            OWN_FIRM,  ChallengeStatus.CANCELLED),
		new Transition(ChallengeStatus.SUBMITTED, CANCEL,            Who.ADMIN, ChallengeStatus.CANCELLED),
		new Transition(ChallengeStatus.REJECTED,  CANCEL,            OWN_FIRM,  ChallengeStatus.CANCELLED),
		new Transition(ChallengeStatus.REJECTED,  CANCEL,            Who.ADMIN, ChallengeStatus.CANCELLED),
		new Transition(ChallengeStatus.PUBLISHED, CANCEL,            OWN_FIRM,  ChallengeStatus.CANCELLED),
		new Transition(ChallengeStatus.PUBLISHED, CANCEL,            Who.ADMIN, ChallengeStatus.CANCELLED),
		new Transition(ChallengeStatus.CLOSED,    CANCEL,            OWN_FIRM,  ChallengeStatus.CANCELLED),
		new Transition(ChallengeStatus.CLOSED,    CANCEL,            Who.ADMIN, ChallengeStatus.CANCELLED));
	// @formatter:on

	/** Actions to draw from; cancellation ends a walk, so it is drawn less often than the others. */
	private static final List<Action> ACTIONS = List.of(EDIT, EDIT, SUBMIT, SUBMIT, APPROVE, APPROVE, REJECT, AMEND,
			AMEND, CANCEL);

	private static final int RUNS = 3;

	private static final int STEPS = 25;

	/** Deadlines of fresh and edited challenges: just above the test minimum bidding period (PT5S). */
	private static final Duration SHORT_DEADLINE = Duration.ofMillis(6500);

	private static final Duration MIN_BIDDING_PERIOD = Duration.ofSeconds(5);

	private final Map<Who, Session> sessions = new EnumMap<>(Who.class);

	private final Map<String, Integer> changes = new java.util.TreeMap<>();

	private MarketplaceFixture fixture;

	@BeforeAll
	void signIn() {
		Cast cast = Cast.signIn(api());
		this.sessions.put(OWN_FIRM, cast.firm());
		this.sessions.put(Who.OTHER_FIRM, cast.otherFirm());
		this.sessions.put(Who.ADMIN, cast.admin());
		this.sessions.put(Who.LAB, cast.bidder());
		this.sessions.put(Who.ANONYMOUS, cast.anonymous());
		this.fixture = new MarketplaceFixture(cast);
	}

	@Test
	void randomActionsByRandomActorsOnlyMakeTheTransitionsOfTheSpec() {
		long seed = Long.getLong("jiebang.stateMachine.seed", System.nanoTime());
		System.out.println("Challenge state machine seed: " + seed + " (-Djiebang.stateMachine.seed=" + seed + ")");
		Random random = new Random(seed);
		List<String> trace = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (int run = 1; run <= RUNS; run++) {
			Walk walk = new Walk(fresh(), 0);
			for (int step = 1; step <= STEPS; step++) {
				if (walk.finished()) {
					walk = new Walk(fresh(), 0);
					trace.add("run " + run + ": fresh challenge " + walk.id());
				}
				// Waiting costs seconds: often enough to see published challenges close, rarely otherwise.
				int waitOdds = walk.status() == ChallengeStatus.PUBLISHED ? 4 : 16;
				Action action = random.nextInt(waitOdds) == 0 ? WAIT_FOR_DEADLINE
						: ACTIONS.get(random.nextInt(ACTIONS.size()));
				Who who = action == WAIT_FOR_DEADLINE ? SYSTEM : pickActor(random, walk, action);
				String line = "run " + run + " step " + step + ": " + who + " " + action;
				Optional<String> failure = step(walk, action, who, line, trace);
				failure.ifPresent(f -> failures.add(f + "\n    seed " + seed));
				walk = walk.next(status(walk.id()));
			}
		}
		System.out.println("Challenge state machine: status changes seen " + this.changes);
		Reply chain = Reply.get(this.sessions.get(Who.ADMIN), "/api/admin/audit/verify").expect(200);
		if (!Boolean.TRUE.equals(chain.json().get("ok"))) {
			failures.add("audit chain broken: " + chain);
		}
		if (!failures.isEmpty()) {
			fail("seed " + seed + ": " + failures.size() + " steps broke the state machine:\n"
					+ String.join("\n", failures) + "\n\ntrace:\n" + String.join("\n", trace));
		}
	}

	@Test
	void aRejectedChallengeGoesBackToDraftBeforeItCanBeSubmittedAgain() {
		String id = this.fixture.submitted("驳回后重提 " + UUID.randomUUID(), Duration.ofHours(1));
		Reply.post(this.sessions.get(Who.ADMIN), "/api/admin/challenges/" + id + "/reject", Map.of("reason", "指标不清"))
			.expect(200);
		Reply resubmit = Reply.post(this.sessions.get(OWN_FIRM), "/api/challenges/" + id + "/submit", null);
		assertThat(resubmit.status()).as("SPEC §2: REJECTED --edit--> DRAFT --submit--> SUBMITTED; %s", resubmit)
			.isEqualTo(409);
		assertThat(status(id)).isEqualTo(ChallengeStatus.REJECTED);
	}

	/** Performs one action and answers what, if anything, is wrong with its outcome. */
	private Optional<String> step(Walk walk, Action action, Who who, String line, List<String> trace) {
		ChallengeStatus before = walk.status();
		Instant deadline = deadline(walk.id());
		Instant at = Instant.now();
		boolean waited = action == WAIT_FOR_DEADLINE && waitForDeadline(walk.id(), before, deadline);
		Reply reply = action == WAIT_FOR_DEADLINE ? null : act(walk.id(), action, who);
		ChallengeStatus after = status(walk.id());
		trace.add(line + ": " + before + " -> " + after + " (" + (reply == null ? "waited" : reply.status()) + ")");
		if (after != before) {
			this.changes.merge(before + " -" + action + "-> " + after, 1, Integer::sum);
		}
		boolean closedMeanwhile = before == ChallengeStatus.PUBLISHED && !Instant.now().isBefore(deadline);
		Optional<ChallengeStatus> allowed = allowed(before, action, who)
			.or(() -> closedMeanwhile ? allowed(ChallengeStatus.CLOSED, action, who) : Optional.empty());
		if (reply == null) {
			ChallengeStatus expected = waited ? allowed.orElse(before) : before;
			return after == expected ? Optional.empty()
					: Optional.of(line + ": after the deadline " + before + " became " + after + ", expected " + expected);
		}
		if (reply.status() >= 500) {
			return Optional.of(line + ": server error " + reply);
		}
		if (reply.is2xx()) {
			if (allowed.isEmpty()) {
				return Optional.of(line + ": " + before + " -> " + after + " is not a transition of SPEC §2; " + reply);
			}
			boolean asTable = after == allowed.get() || closedMeanwhile && after == ChallengeStatus.CLOSED
					&& allowed.get() == ChallengeStatus.PUBLISHED;
			return asTable ? Optional.empty()
					: Optional.of(line + ": became " + after + ", SPEC §2 says " + allowed.get() + "; " + reply);
		}
		if (!reply.isProblem()) {
			return Optional.of(line + ": refusal is not problem+json: " + reply);
		}
		boolean unchanged = after == before || closedMeanwhile && after == ChallengeStatus.CLOSED;
		if (!unchanged) {
			return Optional.of(line + ": a refused action changed " + before + " to " + after + "; " + reply);
		}
		if (allowed.isPresent() && mustSucceed(action, deadline, at)) {
			return Optional.of(line + ": SPEC §2 allows " + before + " -> " + allowed.get() + " but it was refused: "
					+ reply);
		}
		return Optional.empty();
	}

	/** Allowed actions succeed unless the clock makes them legitimately fail (deadline too near or past). */
	private static boolean mustSucceed(Action action, Instant deadline, Instant at) {
		return switch (action) {
			case SUBMIT -> deadline.isAfter(at.plus(MIN_BIDDING_PERIOD).plusMillis(700));
			case APPROVE, AMEND -> deadline.isAfter(at.plusMillis(700));
			default -> true;
		};
	}

	private Reply act(String id, Action action, Who who) {
		Session session = this.sessions.get(who);
		String reason = "状态机测试";
		return switch (action) {
			case EDIT -> {
				Map<String, Object> body = MarketplaceFixture.challengeBody("状态机 编辑 " + id.substring(30),
						Instant.now().plus(SHORT_DEADLINE));
				body.put("version", ((Map<?, ?>) this.fixture.challenge(id).get("review")).get("version"));
				yield Reply.put(session, "/api/challenges/" + id, body);
			}
			case SUBMIT -> Reply.post(session, "/api/challenges/" + id + "/submit", null);
			case APPROVE -> Reply.post(session, "/api/admin/challenges/" + id + "/approve", null);
			case REJECT -> Reply.post(session, "/api/admin/challenges/" + id + "/reject", Map.of("reason", reason));
			case CANCEL -> Reply.post(session, "/api/challenges/" + id + "/cancel", Map.of("reason", reason));
			case AMEND -> Reply.post(session, "/api/admin/challenges/" + id + "/amend",
					Map.of("reason", reason, "summary", "修订 " + UUID.randomUUID()));
			case WAIT_FOR_DEADLINE -> throw new IllegalArgumentException("not a request");
		};
	}

	/**
	 * Waits for a published challenge to close at its deadline; for any other state, whose deadline changes
	 * nothing, only one run of the closing job after a deadline already past. Answers false, without
	 * waiting, when there is nothing to wait for.
	 */
	private boolean waitForDeadline(String id, ChallengeStatus status, Instant deadline) {
		Duration left = Duration.between(Instant.now(), deadline);
		if (left.compareTo(Duration.ofSeconds(15)) > 0
				|| status != ChallengeStatus.PUBLISHED && !left.isNegative()) {
			return false;
		}
		Awaitility.await()
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(200))
			.atMost(left.plusSeconds(10))
			.until(() -> Instant.now().isAfter(deadline.plusMillis(1500))
					&& (status(id) != ChallengeStatus.PUBLISHED || Instant.now().isAfter(deadline.plusSeconds(8))));
		return true;
	}

	/** The actor: often one the table allows for this state and action, otherwise anybody. */
	private static Who pickActor(Random random, Walk walk, Action action) {
		List<Who> permitted = ALLOWED.stream()
			.filter(t -> t.from() == walk.status() && t.action() == action)
			.map(Transition::who)
			.toList();
		if (!permitted.isEmpty() && random.nextInt(10) < 6) {
			return permitted.get(random.nextInt(permitted.size()));
		}
		return Who.values()[random.nextInt(Who.SYSTEM.ordinal())];
	}

	private static Optional<ChallengeStatus> allowed(ChallengeStatus from, Action action, Who who) {
		return ALLOWED.stream()
			.filter(t -> t.from() == from && t.action() == action && t.who() == who)
			.map(Transition::to)
			.findFirst();
	}

	private String fresh() {
		return this.fixture.draft("状态机 " + UUID.randomUUID().toString().substring(0, 8), SHORT_DEADLINE);
	}

	private ChallengeStatus status(String id) {
		return ChallengeStatus.valueOf((String) this.fixture.challenge(id).get("status"));
	}

	private Instant deadline(String id) {
		return Instant.parse((String) this.fixture.challenge(id).get("bidDeadline"));
	}

	/** The challenge a run is walking, its status, and how many steps it has spent closed. */
	private record Walk(String id, ChallengeStatus status, int stepsClosed) {

		Walk(String id, int stepsClosed) {
			this(id, ChallengeStatus.DRAFT, stepsClosed);
		}

		Walk next(ChallengeStatus now) {
			return new Walk(this.id, now, now == ChallengeStatus.CLOSED ? this.stepsClosed + 1 : 0);
		}

		/** Cancelled is final; a closed challenge only offers cancellation, so a few steps of it suffice. */
		boolean finished() {
			return this.status == ChallengeStatus.CANCELLED || this.stepsClosed >= 3;
		}

	}

}
