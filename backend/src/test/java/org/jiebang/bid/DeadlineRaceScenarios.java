package org.jiebang.bid;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiebang.support.Api;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §2/§10 "a bid racing the deadline leaves exactly one consistent outcome": forty labs submit at once,
 * from a second before to a second after the deadline. Every accepted bid was submitted before the
 * deadline, every refusal is the window-closed problem, no accepted bid is lost and no refused one is
 * half-written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeadlineRaceScenarios extends IntegrationTestSupport {

	/** The seeded labs of verified organizations (lab-wc-sensors belongs to an unverified one). */
	private static final List<String> DEMO_LABS = List.of("lab-bc-vision", "lab-bc-eda", "lab-bc-superalloy",
			"lab-bc-precision", "lab-cj-widebandgap", "lab-cj-battery", "lab-cj-oled", "lab-cj-crop",
			"lab-nl-mixed-signal", "lab-nl-antibody", "lab-nl-robotics", "lab-nl-microled-intl", "lab-qc-cmc",
			"lab-qc-combustion-cae", "lab-qc-ccus-intl", "lab-sj-mri", "lab-sj-bioprocess", "lab-ng-lithography",
			"lab-ng-gan", "lab-ng-detector", "lab-ys-alloy", "lab-ys-coating", "lab-ys-composites", "lab-bh-storage",
			"lab-bh-hydrogen", "lab-bh-llm", "lab-sh-vision", "lab-hy-cae", "lab-hy-plc");

	private static final int LABS = 40;

	@Autowired
	DatabaseClient db;

	private final ExecutorService pool = Executors.newFixedThreadPool(LABS);

	private final List<Session> labs = new ArrayList<>();

	private Session admin;

	private MarketplaceFixture fixture;

	@BeforeAll
	void signInFortyLabs() throws Exception {
		this.admin = api().login(ADMIN, ADMIN_PASSWORD);
		this.fixture = new MarketplaceFixture(api().login(Cast.FIRM, Cast.FIRM_PASSWORD), this.admin);
		List<Callable<Session>> signIns = new ArrayList<>();
		DEMO_LABS.forEach(user -> signIns.add(() -> api().login(user, Cast.DEMO_PASSWORD)));
		for (int i = DEMO_LABS.size(); i < LABS; i++) {
			signIns.add(() -> {
				Session lab = api().register("LAB", "UNIVERSITY", Api.uniqueName("racer"));
				Reply.post(this.admin, "/api/admin/organizations/" + Cast.organizationId(lab) + "/verify", null)
					.expect(200);
				return lab;
			});
		}
		// The first of each kind alone: BlockHound counts Jackson's lock on its first, concurrent, look-up of a
		// request type as blocking the event loop.
		this.labs.add(signIns.remove(signIns.size() - 1).call());
		this.labs.add(signIns.remove(0).call());
		ExecutorService signing = Executors.newFixedThreadPool(4);
		try {
			for (Future<Session> session : signing.invokeAll(signIns)) {
				this.labs.add(session.get());
			}
		}
		finally {
			signing.shutdown();
		}
	}

	@AfterAll
	void stopThreads() {
		this.pool.shutdownNow();
	}

	@Test
	void fortySubmissionsAroundTheDeadlineAreEachAcceptedBeforeItOrCleanlyRefused() throws Exception {
		String challenge = this.fixture.published("截止竞速 " + UUID.randomUUID().toString().substring(0, 8),
				Duration.ofSeconds(10));
		Instant deadline = Instant.parse((String) this.fixture.challenge(challenge).get("bidDeadline"));
		List<String> bids = draftAll(challenge);
		assertThat(Instant.now()).as("drafts must be ready a second before the deadline").isBefore(deadline.minusSeconds(1));

		List<Future<Reply>> submissions = new ArrayList<>();
		for (int i = 0; i < LABS; i++) {
			Session lab = this.labs.get(i);
			String bid = bids.get(i);
			Instant at = deadline.minusMillis(1000).plusMillis(50L * i);
			submissions.add(this.pool.submit(() -> {
				long wait = Duration.between(Instant.now(), at).toMillis();
				if (wait > 0) {
					Thread.sleep(wait);
				}
				return Reply.post(lab, "/api/bids/" + bid + "/submit", null);
			}));
		}
		Map<String, Reply> accepted = new HashMap<>();
		List<String> refused = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (int i = 0; i < LABS; i++) {
			Reply reply = submissions.get(i).get();
			if (reply.status() == 200) {
				accepted.put(bids.get(i), reply);
			}
			else if (reply.status() == 409 && reply.problemType().equals("bid-window-closed")) {
				refused.add(bids.get(i));
			}
			else {
				wrong.add(reply.toString());
			}
		}
		System.out.printf("Deadline race: %d accepted, %d refused, %d otherwise%n", accepted.size(), refused.size(),
				wrong.size());
		assertThat(wrong).as("every refusal is 409 /problems/bid-window-closed").isEmpty();
		assertThat(accepted).as("the first submissions, a second early, get in").isNotEmpty();
		assertThat(refused).as("the last submissions, up to a second late, do not").isNotEmpty();
		accepted.values()
			.forEach(reply -> assertThat(Instant.parse((String) reply.json().get("submittedAt")))
				.as("accepted %s", reply)
				.isBefore(deadline));

		Map<String, StoredBid> stored = storedBids(challenge);
		Set<String> submitted = stored.values()
			.stream()
			.filter(b -> b.status().equals("SUBMITTED"))
			.map(StoredBid::id)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(submitted)
			.as("no accepted bid is lost and nothing else is submitted")
			.isEqualTo(new TreeSet<>(accepted.keySet()));
		for (String id : refused) {
			assertThat(stored.get(id)).as("a refused bid is untouched")
				.isEqualTo(new StoredBid(id, "DRAFT", null, null));
		}
		for (String id : accepted.keySet()) {
			StoredBid bid = stored.get(id);
			assertThat(bid.commitment()).isEqualTo(accepted.get(id).json().get("commitment"));
			assertThat(bid.submittedAt().toInstant()).isBefore(deadline);
		}

		this.fixture.awaitClosed(challenge);
		Map<String, Object> closed = Reply.get(api().anonymous(), "/api/challenges/" + challenge).expect(200).json();
		assertThat(closed.get("bidCount")).as("public bid count").isEqualTo(accepted.size());
		List<Map<String, Object>> opened = Reply.get(this.fixture.firmSession(), "/api/challenges/" + challenge + "/bids")
			.expect(200)
			.list();
		assertThat(opened.stream().map(b -> (String) b.get("id")).collect(Collectors.toSet()))
			.as("the firm opens exactly the accepted bids")
			.isEqualTo(Set.copyOf(accepted.keySet()));
		for (int i = 0; i < LABS; i++) {
			String id = bids.get(i);
			if (!accepted.containsKey(id)) {
				continue;
			}
			Map<String, Object> receipt = Reply.get(this.labs.get(i), "/api/bids/" + id + "/receipt").expect(200).json();
			assertThat(receipt.get("commitment")).isEqualTo(stored.get(id).commitment());
			assertThat(Reply.get(this.fixture.firmSession(), "/api/bids/" + id + "/verify").expect(200).json())
				.containsEntry("matches", true);
		}
		assertThat(Reply.get(this.admin, "/api/admin/audit/verify").expect(200).json()).containsEntry("ok", true);
	}

	private List<String> draftAll(String challenge) throws Exception {
		List<Callable<String>> drafts = new ArrayList<>();
		for (int i = 0; i < LABS; i++) {
			Session lab = this.labs.get(i);
			String marker = "RACE" + i;
			drafts.add(() -> MarketplaceFixture.draftBid(lab, challenge, MarketplaceFixture.bidBody(marker, "500000.00")));
		}
		List<String> ids = new ArrayList<>();
		ids.add(drafts.remove(0).call());
		ExecutorService drafting = Executors.newFixedThreadPool(6);
		try {
			for (Future<String> id : drafting.invokeAll(drafts)) {
				ids.add(id.get());
			}
		}
		finally {
			drafting.shutdown();
		}
		return ids;
	}

	/** A bid row as the database holds it. */
	private record StoredBid(String id, String status, String commitment, OffsetDateTime submittedAt) {
	}

	private Map<String, StoredBid> storedBids(String challenge) {
		return this.db.sql("SELECT id, status, commitment, submitted_at FROM bids WHERE challenge_id = :challenge")
			.bind("challenge", UUID.fromString(challenge))
			.map((row, meta) -> new StoredBid(row.get("id", UUID.class).toString(), row.get("status", String.class),
					row.get("commitment", String.class), row.get("submitted_at", OffsetDateTime.class)))
			.all()
			.collectMap(StoredBid::id)
			.block();
	}

}
