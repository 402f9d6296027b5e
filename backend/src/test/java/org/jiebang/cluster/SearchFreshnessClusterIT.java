package org.jiebang.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiebang.cluster.ClusterTargets.A;
import static org.jiebang.cluster.ClusterTargets.B;

/**
 * SPEC §6 freshness across instances: 200 changes written through instance A are each searchable through
 * instance B; prints the delay from A's response to B finding the change (target p99 ≤ 2 s; a figure to
 * read, not a timed assertion: the test fails only when a change never arrives).
 */
@Tag("cluster")
class SearchFreshnessClusterIT {

	private static final int CHANGES = 200;

	@BeforeAll
	static void cluster() {
		ClusterTargets.assumeConfigured();
	}

	@Test
	void everyChangeThroughAIsSearchableThroughBWithinTwoSeconds() throws InterruptedException {
		Browser lab = ClusterLabs.register(A);
		List<Long> delays = new ArrayList<>();
		for (int i = 0; i < CHANGES; i++) {
			String marker = ClusterLabs.marker("fresh");
			Browser.Response written = ClusterLabs.write(lab, A, "新鲜度测试 " + marker);
			assertThat(written.code()).as("write %d: %s", i, written).isEqualTo(200);
			long start = System.nanoTime();
			long deadline = start + Duration.ofSeconds(30).toNanos();
			while (ClusterLabs.found(B, marker) != 1) {
				assertThat(System.nanoTime()).as("change %d (%s) not searchable on B after 30 s", i, marker)
					.isLessThan(deadline);
				Thread.sleep(10);
			}
			delays.add((System.nanoTime() - start) / 1_000_000);
		}
		Collections.sort(delays);
		long p50 = delays.get(delays.size() / 2);
		long p99 = delays.get((int) Math.ceil(delays.size() * 0.99) - 1);
		System.out.printf("freshness A -> B over %d changes: p50 %d ms, p99 %d ms, max %d ms%n", CHANGES, p50, p99,
				delays.get(delays.size() - 1));
	}

}
