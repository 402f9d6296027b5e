package org.jiebang.search.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.jiebang.challenge.IndexableChallenge;
import org.jiebang.lab.LabProfileView;
import org.jiebang.search.analysis.JiebangAnalyzer;
import org.jiebang.search.analysis.SynonymSource;
import org.jiebang.search.index.IndexGeneration;
import org.jiebang.search.index.LabSearchQuery;
import org.jiebang.search.index.Labels;
import org.jiebang.search.index.Profiles;
import org.jiebang.search.matching.MatchWeights;

/**
 * The in-process figures: builds an index generation of the corpus with the production classes (a writer
 * fed from a thread per core, as in the application's rebuild) and times searches and matching from 1 and
 * from several threads.
 */
final class EngineBench {

	/** How much to measure: passes over the query list, threads of the concurrent run, warm-up time. */
	record Settings(int docs, int queries, int probes, int rounds, int threads, long warmupMillis) {
	}

	private EngineBench() {
	}

	/**
	 * @param asIs search the generation in {@code folder} whatever built it (the application's index of the
	 * same corpus, which also holds the demo data), without indexing; it must hold every generated document
	 */
	static Map<String, Object> run(BenchCorpus corpus, Settings s, Path folder, boolean asIs) throws Exception {
		Map<String, Object> out = new LinkedHashMap<>();
		Vocabulary words = corpus.words();
		Map<String, String> names = new LinkedHashMap<>();
		words.chains.forEach(t -> names.put(t.code(), t.zh() + " " + t.en()));
		words.fields.forEach(t -> names.put(t.code(), t.zh() + " " + t.en()));
		Labels labels = code -> names.getOrDefault(code, code);
		try (JiebangAnalyzer analyzer = JiebangAnalyzer.create(SynonymSource.classpath("seeds/synonyms.txt"))) {
			// A folder holding a generation of this corpus from an earlier run is searched as it is: for work on
			// the query side, without indexing again (the index figures are then absent).
			IndexGeneration kept = kept(folder, s.docs(), asIs, analyzer, labels);
			IndexGeneration generation = kept != null ? kept
					: IndexGeneration.create(folder, "bench-" + s.docs(), analyzer, MatchWeights.defaults(), labels);
			Map<String, Object> index;
			try {
				index = kept != null ? new LinkedHashMap<>(Map.of("reused", true, "application", asIs))
						: index(corpus, s, generation);
				out.put("index", index);
				List<BenchQuery> queries = BenchQuery.list(corpus, s.queries());
				out.put("search", Map.of("engine", search(generation, queries, s), "labs_engine",
						measure(s, queries.size(), i -> generation
							.searchLabs(new LabSearchQuery(queries.get(i % queries.size()).text(), null, null, null, null,
									0, 20))
							.total() > 0)));
				List<IndexableChallenge> challenges = new ArrayList<>();
				List<LabProfileView> labs = new ArrayList<>();
				for (int i = 0; i < s.probes(); i++) {
					challenges.add(corpus.challenge(3, i));
					labs.add(corpus.lab(4, i));
				}
				Map<String, Object> match = measure(s, challenges.size(),
						i -> !generation.labsFor(Profiles.challenge(challenges.get(i % challenges.size()), labels), 20)
							.isEmpty());
				match.put("challenges_for", measure(s, labs.size(),
						i -> !generation.challengesFor(Profiles.lab(labs.get(i % labs.size()), labels), 20).isEmpty()));
				out.put("match", Map.of("engine", match));
			}
			finally {
				generation.close();
			}
			long opening = System.nanoTime();
			try (IndexGeneration reopened = IndexGeneration.open(folder, analyzer, MatchWeights.defaults(), labels)) {
				reopened.searchChallenges(BenchQuery.list(corpus, 1).get(0).engineQuery());
				index.put("open_s", Latencies.round((System.nanoTime() - opening) / 1e9));
			}
		}
		return out;
	}

	/**
	 * The folder's complete generation of {@code docs} challenges and labs of the bench corpus, or null; with
	 * {@code asIs} any generation holding at least that many (and failing when there is none).
	 */
	private static IndexGeneration kept(Path folder, int docs, boolean asIs, JiebangAnalyzer analyzer, Labels labels)
			throws IOException {
		String version = IndexGeneration.version(folder);
		if (asIs && version == null) {
			throw new IllegalArgumentException(folder + " holds no index generation");
		}
		if (!asIs && !("bench-" + docs).equals(version)) {
			return null;
		}
		IndexGeneration existing = IndexGeneration.open(folder, analyzer, MatchWeights.defaults(), labels);
		if (asIs ? existing.challengeCount() >= docs && existing.labCount() >= docs
				: existing.challengeCount() == docs && existing.labCount() == docs) {
			return existing;
		}
		existing.close();
		if (asIs) {
			throw new IllegalArgumentException(folder + " holds fewer than " + docs + " challenges or labs");
		}
		return null;
	}

	private static Map<String, Object> index(BenchCorpus corpus, Settings s, IndexGeneration generation)
			throws Exception {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
		long[] gcBefore = gc();
		// As the application's rebuild: every challenge, then every lab, each written by a thread per core into
		// one IndexWriter per index. Each thread generates its own slice (the corpus is a pure function of the
		// index), and generation time is not counted.
		int threads = indexThreads();
		AtomicLong generating = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		try {
			inSlices(pool, threads, s.docs(), i -> {
				long before = System.nanoTime();
				IndexableChallenge challenge = corpus.challenge(1, i);
				generating.addAndGet(System.nanoTime() - before);
				generation.put(challenge);
			});
			inSlices(pool, threads, s.docs(), i -> {
				long before = System.nanoTime();
				LabProfileView lab = corpus.lab(2, i);
				generating.addAndGet(System.nanoTime() - before);
				generation.put(lab);
			});
		}
		finally {
			pool.shutdownNow();
		}
		generation.commit(1L);
		generation.refresh();
		// Generation ran on every indexing thread at once: only its share of the wall clock is left out.
		double seconds = (System.nanoTime() - start - generating.get() / threads) / 1e9;
		long[] gcAfter = gc();
		long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("docs", 2L * s.docs());
		m.put("challenges", generation.challengeCount());
		m.put("labs", generation.labCount());
		m.put("seconds", Latencies.round(seconds));
		m.put("docs_per_s", Latencies.round(2.0 * s.docs() / seconds));
		m.put("threads", threads);
		m.put("generate_s", Latencies.round(generating.get() / 1e9 / threads));
		m.put("size_mb", Latencies.round(generation.sizeOnDisk() / 1048576.0));
		m.put("peak_heap_mb", Latencies.round(peak / 1048576.0));
		m.put("max_heap_mb", Latencies.round(Runtime.getRuntime().maxMemory() / 1048576.0));
		m.put("gc_count", gcAfter[0] - gcBefore[0]);
		m.put("gc_ms", gcAfter[1] - gcBefore[1]);
		return m;
	}

	/** Indexes document {@code i} of the corpus. */
	private interface Put {

		void put(int i) throws IOException;

	}

	/** Documents 0 to {@code docs} - 1, thread {@code t} of {@code threads} putting every {@code t}-th. */
	private static void inSlices(ExecutorService pool, int threads, int docs, Put put) throws Exception {
		List<Future<?>> slices = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int first = t;
			slices.add(pool.submit(() -> {
				for (int i = first; i < docs; i += threads) {
					put.put(i);
				}
				return null;
			}));
		}
		for (Future<?> slice : slices) {
			slice.get();
		}
	}

	private static Map<String, Object> search(IndexGeneration generation, List<BenchQuery> queries, Settings s)
			throws Exception {
		Map<String, Object> m = measure(s, queries.size(),
				i -> generation.searchChallenges(queries.get(i % queries.size()).engineQuery()).total() > 0);
		for (String kind : List.of("zh", "en", "mixed")) {
			List<BenchQuery> some = queries.stream().filter(q -> q.kind().equals(kind)).toList();
			m.put(kind, Latencies.measure(1, some.size() * s.rounds(),
					i -> generation.searchChallenges(some.get(i % some.size()).engineQuery()).total() > 0).json());
		}
		List<BenchQuery> filtered = queries.stream().filter(BenchQuery::filtered).toList();
		m.put("filtered", Latencies.measure(1, filtered.size() * s.rounds(),
				i -> generation.searchChallenges(filtered.get(i % filtered.size()).engineQuery()).total() > 0).json());
		return m;
	}

	/** Warm-up, then 1 thread and {@code threads} threads; the 1-thread figures at the top level. */
	static Map<String, Object> measure(Settings s, int size, Latencies.Call call) throws Exception {
		long until = System.currentTimeMillis() + s.warmupMillis();
		int i = 0;
		do {
			call.run(i++);
		}
		while (System.currentTimeMillis() < until || i < size);
		Map<String, Object> m = Latencies.measure(1, size * s.rounds(), call).json();
		m.put("threads" + s.threads(), Latencies.measure(s.threads(), size * s.rounds(), call).json());
		return m;
	}

	/** The application's rebuild threads (see {@code SearchIndex}): one per core, at least two. */
	private static int indexThreads() {
		return Math.max(2, Runtime.getRuntime().availableProcessors());
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
	}

	private static long[] gc() {
		long count = 0;
		long millis = 0;
		for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, bean.getCollectionCount());
			millis += Math.max(0, bean.getCollectionTime());
		}
		return new long[] { count, millis };
	}

}
