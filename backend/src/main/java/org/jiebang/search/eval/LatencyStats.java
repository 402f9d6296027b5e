package org.jiebang.search.eval;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of durations measured in nanoseconds. */
public final class LatencyStats {

    private final long[] sortedNanos;

    public LatencyStats(long[] nanos) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) in milliseconds, by the nearest-rank method. */
    public double percentileMillis(double p) {
        if (sortedNanos.length == 0) {
            return 0.0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    public int count() {
        return sortedNanos.length;
    }
}
