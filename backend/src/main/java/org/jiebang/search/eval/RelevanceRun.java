package org.jiebang.search.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiebang.search.matching.ChallengeProfile;
import org.jiebang.search.matching.LabProfile;
import org.jiebang.search.matching.Match;
import org.jiebang.search.matching.MatchEngine;

/**
 * Runs the production matcher over a benchmark: indexes the labs, ranks them for every challenge through
 * {@link MatchEngine#labsFor} (explanations included) and times each ranking.
 */
public final class RelevanceRun {

    /**
     * Rankings by challenge id (best first), per-challenge wall-clock latencies and the CPU time the ranking
     * thread spent (which, unlike wall-clock time, does not grow when other processes compete for the CPU),
     * and the indexing time.
     */
    public record Result(Map<String, List<String>> rankings, LatencyStats latency, LatencyStats cpu,
            long indexingMillis) {
    }

    /** Enough calls for the JIT to compile the ranking path, however few challenges the set has. */
    private static final int WARM_UP_CALLS = 300;

    private RelevanceRun() {
    }

    public static Result run(MatchEngine engine, EvalSet set, int depth) throws IOException, InterruptedException {
        long start = System.nanoTime();
        indexAll(engine, set.labs());
        engine.refresh();
        long indexingMillis = (System.nanoTime() - start) / 1_000_000;
        // JIT and page-in the index first, so the timings describe a running server, not a cold start.
        List<ChallengeProfile> challenges = set.challenges();
        for (int i = 0; i < WARM_UP_CALLS && !challenges.isEmpty(); i++) {
            engine.labsFor(challenges.get(i % challenges.size()), depth);
        }
        Map<String, List<String>> rankings = new LinkedHashMap<>();
        long[] nanos = new long[challenges.size()];
        long[] cpuNanos = new long[challenges.size()];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int i = 0;
        for (ChallengeProfile challenge : challenges) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<Match> matches = engine.labsFor(challenge, depth);
            nanos[i] = System.nanoTime() - t0;
            cpuNanos[i++] = threads.getCurrentThreadCpuTime() - cpu0;
            rankings.put(challenge.id(), matches.stream().map(Match::id).toList());
        }
        return new Result(rankings, new LatencyStats(nanos), new LatencyStats(cpuNanos), indexingMillis);
    }

    /** Indexing is CPU-bound analysis and IndexWriter is thread-safe, so use every core. */
    private static void indexAll(MatchEngine engine, List<LabProfile> labs) throws IOException, InterruptedException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> tasks = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                tasks.add(pool.submit(() -> {
                    for (int i = offset; i < labs.size(); i += threads) {
                        indexOne(engine, labs.get(i));
                    }
                }));
            }
            for (Future<?> task : tasks) {
                await(task);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void indexOne(MatchEngine engine, LabProfile lab) {
        try {
            engine.indexLab(lab);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(Future<?> task) throws IOException, InterruptedException {
        try {
            task.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("indexing failed", e.getCause());
        }
    }
}
