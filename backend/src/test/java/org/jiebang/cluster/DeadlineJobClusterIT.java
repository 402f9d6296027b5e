package org.jiebang.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.jiebang.cluster.ClusterTargets.A;
import static org.jiebang.cluster.ClusterTargets.B;
import static org.jiebang.cluster.ClusterTargets.LB;

/**
 * The deadline job runs on every instance; each challenge still closes exactly once (SPEC §2: "a
 * scheduled job, safe with several instances running"), and the audit chain that both instances append
 * to stays intact. Needs the cluster started with
 * {@code --jiebang.challenge.min-bidding-period=PT5S} (deadlines seconds away).
 */
@Tag("cluster")
class DeadlineJobClusterIT {

	private static final int CHALLENGES = 30;

	/** Between creation and the deadline: room for submission (≥ 5 s ahead) and approval. */
	private static final Duration DEADLINE_AHEAD = Duration.ofSeconds(15);

	@BeforeAll
	static void cluster() {
		ClusterTargets.assumeConfigured();
	}

	@Test
	void everyChallengeClosesExactlyOnceWhileBothInstancesRunTheJob() {
		for (String instance : List.of(A, B)) {
			assertThat(new Browser().get(instance, "/actuator/health/readiness").code()).as(instance).isEqualTo(200);
		}
		Browser firm = new Browser().login(A, "demo-firm", "Jiebang#Firm2026");
		Browser admin = new Browser().login(B, "demo-admin", "Jiebang#Admin2026");

		List<String> ids = new ArrayList<>();
		Instant lastDeadline = Instant.now();
		for (int i = 0; i < CHALLENGES; i++) {
			// Alternate the instances for every step, so neither holds all the work.
			String one = i % 2 == 0 ? A : B;
			String other = i % 2 == 0 ? B : A;
			Instant deadline = Instant.now().plus(DEADLINE_AHEAD).truncatedTo(ChronoUnit.SECONDS);
			Browser.Response created = firm.post(one, "/api/challenges", challenge(i, deadline));
			assertThat(created.code()).as("create %d: %s", i, created).isEqualTo(201);
			String id = created.string("id");
			Browser.Response submitted = firm.post(other, "/api/challenges/" + id + "/submit", null);
			assertThat(submitted.string("status")).as("submit %d: %s", i, submitted).isEqualTo("SUBMITTED");
			Browser.Response approved = admin.post(one, "/api/admin/challenges/" + id + "/approve", null);
			assertThat(approved.string("status")).as("approve %d: %s", i, approved).isEqualTo("PUBLISHED");
			ids.add(id);
			lastDeadline = deadline;
		}

		Duration patience = Duration.between(Instant.now(), lastDeadline).plusSeconds(60);
		Browser visitor = new Browser();
		await().atMost(patience).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			for (String id : ids) {
				assertThat(visitor.get(LB, "/api/challenges/" + id).string("status")).as(id).isEqualTo("CLOSED");
			}
		});

		for (String id : ids) {
			Browser.Response closings = admin.get(LB, "/api/admin/audit?action=CHALLENGE_CLOSED&entityId=" + id);
			assertThat(closings.code()).as("%s", closings).isEqualTo(200);
			assertThat(((Number) closings.json().get("total")).longValue()).as("CHALLENGE_CLOSED entries of %s", id)
				.isEqualTo(1);
			assertThat(closings.items()).hasSize(1);
		}
		Browser.Response chain = admin.get(A, "/api/admin/audit/verify");
		assertThat(chain.json()).as("%s", chain).containsEntry("ok", true);
	}

	private static String challenge(int i, Instant deadline) {
		return """
				{"title":"集群截止测试 %d：SiC 栅氧可靠性","summary":"多实例截止关闭测试","description":"## 背景\\n集群测试",
				 "technicalIndicators":[{"name":"阈值漂移","target":"≤ 0.1","unit":"V"}],
				 "requiredCapabilities":["SiC MOSFET"],"industryChain":"INTEGRATED_CIRCUITS","challengeType":"KEY_CORE",
				 "bounty":"100000.00","bidDeadline":"%s","deliveryMonths":12,
				 "eligibility":{"text":"高校院所","organizationTypes":["UNIVERSITY","INSTITUTE","ENTERPRISE"],"regions":[]},
				 "ipTerms":"JOINT","province":"GD","city":"深圳市","contactName":"张工","contactPhone":"0755-1234567"}
				""".formatted(i, deadline);
	}

}
