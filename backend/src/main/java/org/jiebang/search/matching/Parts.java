package org.jiebang.search.matching;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;

/**
 * Splits the work of one ranking (or search) over a large index among the cores: the caller runs the first part, idle
 * helper threads are offered the others, and the caller runs any part no helper has started by the time its own
 * is done. On an idle machine a ranking takes a fraction of its time on one thread; under load, with the helpers
 * busy, it costs what it costs on one thread, and nothing runs twice.
 */
public final class Parts {

    /** Below twice this many documents a ranking is not split: the hand-off would cost more than it saves. */
    static final int MIN_PART = 20_000;

    /** Parts of a split ranking: one per core. */
    static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());

    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Threads that take a part of a ranking when idle: one fewer than the cores (the caller is the other). */
    public static final Executor POOL = CORES == 1 ? Runnable::run : Executors.newFixedThreadPool(CORES - 1, task -> {
        Thread thread = new Thread(task, "match-helper-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private Parts() {
    }

    /** Below this many terms a lookup or scan of terms is not split. */
    static final int MIN_TERMS = 64;

    /** How many parts work on this index splits into. */
    public static int of(IndexReader reader) {
        return reader.maxDoc() >= 2 * MIN_PART ? CORES : 1;
    }

    /** How many parts work on {@code terms} terms of this index splits into. */
    static int of(IndexReader reader, int terms) {
        return terms >= MIN_TERMS ? of(reader) : 1;
    }

    /** Where part {@code part} of {@code parts} equal parts of {@code size} items begins. */
    private static int bound(int size, int part, int parts) {
        return (int) ((long) size * part / parts);
    }

    /** A part of a ranking, on the caller's or a helper's thread. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws IOException;
    }

    /** A part's work on the items {@code [from, to)} of a split. */
    @FunctionalInterface
    public interface RangeWork<T> {
        T run(int from, int to) throws IOException;
    }

    /**
     * The results of {@code work} on {@code parts} ranges of equal size of {@code size} items (fewer when there are
     * fewer items), in order; see the class comment for who runs which.
     */
    public static <T> List<T> split(int size, int parts, Executor helpers, RangeWork<T> work) throws IOException {
        int count = Math.max(1, Math.min(parts, size));
        List<Work<T>> works = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = bound(size, i, count);
            int to = bound(size, i + 1, count);
            works.add(() -> work.run(from, to));
        }
        return run(works, helpers);
    }

    /** The results of the works, in order; see the class comment for who runs which. */
    private static <T> List<T> run(List<Work<T>> works, Executor helpers) throws IOException {
        List<Share<T>> shares = new ArrayList<>(works.size() - 1);
        for (Work<T> work : works.subList(1, works.size())) {
            Share<T> share = new Share<>(work);
            shares.add(share);
            try {
                helpers.execute(share::offer);
            } catch (RejectedExecutionException e) {
                // Nobody takes it: the caller will.
            }
        }
        List<T> results = new ArrayList<>(works.size());
        results.add(works.get(0).run());
        for (Share<T> share : shares) {
            results.add(share.join());
        }
        return results;
    }

    /** A part offered to a helper; whoever claims it first runs it. */
    private static final class Share<T> {

        private final Work<T> work;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<T> result = new CompletableFuture<>();

        Share(Work<T> work) {
            this.work = work;
        }

        /** On a helper: runs the work unless the caller has claimed it. */
        void offer() {
            if (claimed.compareAndSet(false, true)) {
                try {
                    result.complete(work.run());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            }
        }

        /** On the caller: runs the work itself when no helper has started it, else waits for the helper. */
        T join() throws IOException {
            if (claimed.compareAndSet(false, true)) {
                return work.run();
            }
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while a helper ran a part of a ranking");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
