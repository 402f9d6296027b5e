package org.jiebang.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyStatsTests {

    @Test
    void percentilesUseTheNearestRank() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }
        LatencyStats stats = new LatencyStats(nanos);
        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.percentileMillis(50)).isEqualTo(50.0);
        assertThat(stats.percentileMillis(99)).isEqualTo(99.0);
        assertThat(stats.percentileMillis(100)).isEqualTo(100.0);
    }

    @Test
    void noSamplesMeansZero() {
        assertThat(new LatencyStats(new long[0]).percentileMillis(50)).isZero();
    }
}
