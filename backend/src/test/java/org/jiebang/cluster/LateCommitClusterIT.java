package org.jiebang.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.jiebang.cluster.ClusterTargets.A;
import static org.jiebang.cluster.ClusterTargets.B;

/**
 * Late commits: a change whose transaction stays open for 3 s while later changes commit is still applied
 * on every instance (a reader that only moved past the highest row seen would skip it). 100 trials, ten at
 * a time, each holding a real PostgreSQL transaction that writes a lab and its outbox row, as the
 * application does, while other writes go through both instances.
 */
@Tag("cluster")
class LateCommitClusterIT {

	private static final int TRIALS = 100;

	private static final int PARALLEL = 10;

	@BeforeAll
	static void cluster() {
		ClusterTargets.assumeConfigured();
	}

	@Test
	void aTransactionHeldOpenWhileLaterOnesCommitIsAppliedOnEveryInstance() {
		PostgresqlConnectionFactory database = ClusterTargets.database();
		List<Browser> labs = new ArrayList<>();
		List<UUID> labIds = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			Browser lab = ClusterLabs.register(i % 2 == 0 ? A : B);
			labs.add(lab);
			labIds.add(UUID.fromString(lab.get(A, "/api/my/lab").string("id")));
		}
		Browser other = ClusterLabs.register(A);
		int misses = 0;
		for (int wave = 0; wave < TRIALS / PARALLEL; wave++) {
			List<String> markers = new ArrayList<>();
			for (int i = 0; i < PARALLEL; i++) {
				markers.add(ClusterLabs.marker("late"));
			}
			// Ten transactions take their outbox ids first and commit 3 s later ...
			Flux<Void> held = Flux.range(0, PARALLEL)
				.flatMap(i -> Mono.usingWhen(database.create(),
						connection -> holdOpen(connection, labIds.get(i), markers.get(i)), PostgresqlConnection::close));
			// ... while later changes commit through both instances meanwhile.
			Mono<Void> later = Mono.delay(Duration.ofMillis(500))
				.then(Mono.fromRunnable(() -> {
					for (int k = 0; k < 4; k++) {
						Browser.Response response = ClusterLabs.write(other, k % 2 == 0 ? A : B,
								"后提交 " + ClusterLabs.marker("later"));
						assertThat(response.code()).as("%s", response).isEqualTo(200);
					}
				}).subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()))
				.then();
			Mono.when(held.then(), later).block(Duration.ofSeconds(60));
			for (String marker : markers) {
				for (String instance : List.of(A, B)) {
					try {
						await().atMost(Duration.ofSeconds(15))
							.pollInterval(Duration.ofMillis(50))
							.until(() -> ClusterLabs.found(instance, marker) == 1);
					}
					catch (org.awaitility.core.ConditionTimeoutException ex) {
						misses++;
					}
				}
			}
		}
		System.out.printf("late commits: %d trials, %d misses (on A or B)%n", TRIALS, misses);
		assertThat(misses).isZero();
	}

	private static Mono<Void> holdOpen(PostgresqlConnection connection, UUID lab, String marker) {
		return connection.beginTransaction()
			.then(connection
				.createStatement("UPDATE labs SET capabilities = $1, version = version + 1, updated_at = now() WHERE id = $2")
				.bind("$1", "迟到的提交 " + marker)
				.bind("$2", lab)
				.execute()
				.flatMap(result -> result.getRowsUpdated())
				.then())
			.then(connection
				.createStatement("INSERT INTO search_outbox (entity_type, entity_id, created_at) VALUES ('LAB', $1, now())")
				.bind("$1", lab)
				.execute()
				.flatMap(result -> result.getRowsUpdated())
				.then())
			.then(Mono.delay(Duration.ofSeconds(3)))
			.then(connection.commitTransaction());
	}

}
