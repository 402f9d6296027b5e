package org.jiebang.search.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Timed calls, one after another or from several threads at once, summarised as percentiles. */
final class Latencies {

	/** A call to time; returns whether it found something (for the share of empty results). */
	interface Call {

		boolean run(int index) throws Exception;

	}

	/** Percentiles in milliseconds, throughput and the share of calls that found nothing. */
	record Figures(int count, double p50, double p90, double p99, double max, double perSecond, double emptyShare,
			int errors) {

		Map<String, Object> json() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("count", this.count);
			m.put("p50_ms", round(this.p50));
			m.put("p90_ms", round(this.p90));
			m.put("p99_ms", round(this.p99));
			m.put("max_ms", round(this.max));
			m.put("per_s", round(this.perSecond));
			m.put("empty_share", round(this.emptyShare));
			m.put("errors", this.errors);
			return m;
		}

	}

	private Latencies() {
	}

	/** Runs {@code calls} calls (index modulo {@code size}) from {@code threads} threads; the first errors are kept. */
	static Figures measure(int threads, int calls, Call call) throws Exception {
		long[] nanos = new long[calls];
		boolean[] empty = new boolean[calls];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		List<Throwable> failures = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				running.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
						long began = System.nanoTime();
						try {
							empty[i] = !call.run(i);
						}
						catch (Exception ex) {
							errors.incrementAndGet();
							synchronized (failures) {
								if (failures.size() < 3) {
									failures.add(ex);
								}
							}
						}
						nanos[i] = System.nanoTime() - began;
					}
					return null;
				}));
			}
			for (Future<?> f : running) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		long elapsed = System.nanoTime() - start;
		failures.forEach(ex -> System.err.println("bench: call failed: " + ex));
		int emptyCount = 0;
		for (boolean e : empty) {
			emptyCount += e ? 1 : 0;
		}
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new Figures(calls, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 1.0),
				calls / (elapsed / 1e9), (double) emptyCount / calls, errors.get());
	}

	private static double ms(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
	}

	static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

}
