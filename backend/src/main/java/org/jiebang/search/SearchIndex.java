package org.jiebang.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.jiebang.challenge.ChallengeQueries;
import org.jiebang.challenge.IndexableChallenge;
import org.jiebang.lab.LabProfileView;
import org.jiebang.lab.LabService;
import org.jiebang.search.analysis.JiebangAnalyzer;
import org.jiebang.search.index.IndexGeneration;
import org.jiebang.search.index.Labels;
import org.jiebang.search.index.SearchFields;
import org.jiebang.search.matching.MatchFields;
import org.jiebang.search.matching.MatchWeights;
import org.jiebang.system.config.JiebangProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The search index of this instance and the one writer that keeps it equal to the database (SPEC §6).
 *
 * <p>The writer follows the {@code search_outbox} table, which every indexed change writes in its own
 * transaction: it reads new rows, loads the current state of the entities they name, applies it on one
 * dedicated thread and records the highest row up to which everything is applied (the position) in the
 * index commit itself, so content and position are durable together and a restart resumes from there.
 * Rows can become visible out of order (a long transaction commits after later ones); rows after such a gap
 * are applied at once, and the position waits for the gap up to {@code gapGrace}. Re-applying a row is
 * harmless: it loads the entity as it is now.
 *
 * <p>A rebuild writes a complete new generation from the database beside the current one, which keeps
 * serving; it then replays the outbox rows written meanwhile and replaces the current one. The index folder
 * names its generation in {@code current}; a missing generation or one of another schema version is rebuilt
 * at start-up.
 */
@Component
public class SearchIndex implements InitializingBean, SmartLifecycle, DisposableBean {

	private static final Log logger = LogFactory.getLog(SearchIndex.class);

	private static final String POINTER = "current";

	private static final int REBUILD_BATCH = 200;

	private final SearchOutbox outbox;

	private final ChallengeQueries challenges;

	private final LabService labs;

	private final JiebangAnalyzer analyzer;

	private final MatchWeights weights;

	private final Labels labels;

	private final SearchProperties properties;

	private final Clock clock;

	private final Path root;

	private final String version;

	private final ExecutorService writerThread = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "search-writer");
		thread.setDaemon(true);
		return thread;
	});

	/*
	 * Lucene must never see a thread interrupt during file I/O: an interrupted NIO channel closes, and the
	 * IndexWriter with it (its lock reads as "invalidated by an external force" from then on). Reactor interrupts
	 * tasks of ExecutorService-based schedulers when a subscription is cancelled, so index work runs on schedulers
	 * that see only an Executor ({@link #uninterruptible}), whose tasks are never interrupted.
	 */
	private final Scheduler writer = uninterruptible(this.writerThread);

	private final ExecutorService readerThreads = Executors.newFixedThreadPool(
			Math.max(4, 4 * Runtime.getRuntime().availableProcessors()), named("search-reader"));

	private final Scheduler readers = uninterruptible(this.readerThreads);

	/** Rebuilds index on every core: the IndexWriter takes documents from several threads. */
	private final int rebuildThreads = Math.max(2, Runtime.getRuntime().availableProcessors());

	private final ExecutorService rebuildThread = Executors.newFixedThreadPool(this.rebuildThreads, named("search-rebuild"));

	private final Scheduler rebuilder = uninterruptible(this.rebuildThread);

	private volatile IndexGeneration current;

	/** Whether the current generation is complete (false while the first build runs). */
	private volatile boolean complete;

	/** Everything up to this outbox row is applied (or waited for long enough). */
	private final AtomicLong position = new AtomicLong();

	/** The highest outbox row read so far. */
	private final AtomicLong highWater = new AtomicLong();

	/** Rows after the position that are applied already. */
	private final ConcurrentSkipListSet<Long> ahead = new ConcurrentSkipListSet<>();

	private Instant blockedSince;

	private Instant lastCommit = Instant.EPOCH;

	private long committed = -1;

	private final AtomicReference<RebuildStatus> rebuild = new AtomicReference<>();

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	private volatile boolean needsBuild;

	private volatile Disposable loop;

	private volatile Disposable rebuildRun;

	/** Wake-ups of the writer (PostgreSQL NOTIFY); polling is the fallback. */
	private final reactor.core.publisher.Sinks.Many<Long> nudges = reactor.core.publisher.Sinks.many()
		.multicast()
		.directBestEffort();

	/** Whether the writer has applied everything visible at least once since the index became complete. */
	private volatile boolean caughtUp;

	/** This instance's name in search_positions (kept in the index folder). */
	private String instance;

	SearchIndex(SearchOutbox outbox, ChallengeQueries challenges, LabService labs, JiebangAnalyzer analyzer,
			MatchWeights weights, Labels labels, SearchProperties properties, JiebangProperties jiebang, Clock clock) {
		this.outbox = outbox;
		this.challenges = challenges;
		this.labs = labs;
		this.analyzer = analyzer;
		this.weights = weights;
		this.labels = labels;
		this.properties = properties;
		this.clock = clock;
		this.root = properties.directory() != null ? properties.directory() : jiebang.dataDir().resolve("search");
		this.version = "search-" + SearchFields.SCHEMA_VERSION + ".match-" + MatchFields.SCHEMA_VERSION + ".synonyms-"
				+ analyzer.synonymGroups();
	}

	/** Progress of a rebuild. */
	public record RebuildStatus(boolean running, Instant startedAt, Instant finishedAt, long processed, long total,
			String error) {
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		Files.createDirectories(this.root);
		Path pointer = this.root.resolve(POINTER);
		String name = Files.isRegularFile(pointer) ? Files.readString(pointer, StandardCharsets.UTF_8).strip() : null;
		Path folder = name == null || name.isEmpty() ? null : this.root.resolve(name);
		if (folder != null && this.version.equals(IndexGeneration.version(folder))) {
			this.current = IndexGeneration.open(folder, this.analyzer, this.weights, this.labels);
			long resumed = this.current.committedPosition();
			this.position.set(resumed);
			this.highWater.set(resumed);
			this.committed = resumed;
			this.lastCommit = this.clock.instant();
			this.complete = true;
			logger.info("Search index " + folder.getFileName() + " opened at outbox position " + resumed);
		}
		else {
			logger.info(folder == null ? "No search index yet: building it from the database"
					: "Search index " + folder.getFileName() + " has another schema version: rebuilding it");
			this.current = IndexGeneration.create(newFolder(), this.version, this.analyzer, this.weights, this.labels);
			this.complete = false;
			this.needsBuild = true;
		}
		removeOtherFolders();
		Path id = this.root.resolve("instance-id");
		if (!Files.isRegularFile(id)) {
			Files.writeString(id, UUID.randomUUID().toString(), StandardCharsets.UTF_8);
		}
		this.instance = Files.readString(id, StandardCharsets.UTF_8).strip();
	}

	// Lifecycle: polling runs while the context runs; a paused test context stops and restarts it.

	@Override
	public synchronized void start() {
		if (this.loop != null) {
			return;
		}
		boolean initial = this.needsBuild;
		this.needsBuild = false;
		Mono<Void> first = initial ? startRebuild(true).then() : rebuildIfBehind();
		this.loop = first.onErrorResume(ex -> {
			logger.error("Search index start-up check failed", ex);
			return Mono.empty();
		})
			.thenMany(Flux.merge(Flux.interval(Duration.ZERO, this.properties.pollInterval(), Schedulers.parallel()),
					this.nudges.asFlux()))
			.onBackpressureDrop()
			.concatMap(tick -> drain().onErrorResume(ex -> {
				logger.warn("Search index writer step failed; retrying", ex);
				return Mono.fromRunnable(this::reopenIfBroken).subscribeOn(this.writer).then();
			}), 1)
			.subscribe();
	}

	@Override
	public synchronized void stop() {
		Disposable running = this.loop;
		this.loop = null;
		if (running != null) {
			running.dispose();
		}
	}

	@Override
	public boolean isRunning() {
		return this.loop != null;
	}

	@Override
	public void destroy() throws Exception {
		stop();
		Disposable building = this.rebuildRun;
		if (building != null) {
			building.dispose();
		}
		try {
			this.writerThread.submit(() -> {
				commitIfChanged(true);
				this.current.close();
				return null;
			}).get(30, TimeUnit.SECONDS);
		}
		finally {
			this.writerThread.shutdownNow();
			this.readerThreads.shutdown();
			this.rebuildThread.shutdown();
		}
	}

	// Reading.

	/** Runs blocking index work off the event loop and returns its result. */
	<T> Mono<T> read(IndexWork<T> work) {
		return Mono.fromCallable(() -> work.apply(this.current)).subscribeOn(this.readers);
	}

	/** Work on the current generation. */
	@FunctionalInterface
	interface IndexWork<T> {

		T apply(IndexGeneration generation) throws IOException;

	}

	/** Whether searches see a complete index (false while the first build runs). */
	public boolean isComplete() {
		return this.complete;
	}

	/** Complete and caught up with the outbox since: the instance may take traffic. */
	public boolean isReady() {
		return this.complete && this.caughtUp;
	}

	/** Wakes the writer now (a change was committed). */
	void nudge() {
		this.nudges.tryEmitNext(0L);
	}

	String instance() {
		return this.instance;
	}

	/**
	 * Rebuilds when the outbox was pruned past this index's position (the instance was away longer than
	 * the others kept the log for): following the log from here would miss changes.
	 */
	Mono<Void> rebuildIfBehind() {
		return this.outbox.prunedUpTo().flatMap(pruned -> {
			if (pruned <= this.position.get() || this.rebuilding.get()) {
				return Mono.empty();
			}
			logger.warn("Search index is at outbox row " + this.position.get() + " but the outbox was pruned up to "
					+ pruned + ": rebuilding");
			this.complete = false;
			return startRebuild(false).then();
		});
	}

	public long position() {
		return this.position.get();
	}

	/** The outbox position of the last index commit. */
	long committedPosition() {
		return this.committed;
	}

	public RebuildStatus rebuildStatus() {
		return this.rebuild.get();
	}

	String version() {
		return this.version;
	}

	Mono<Long> head() {
		return this.outbox.head();
	}

	// Following the outbox.

	/** Applies every outbox row visible now, in steps, then returns. */
	Mono<Void> drain() {
		return step().expand(full -> full ? step() : Mono.empty())
			.then(Mono.fromRunnable(() -> commitIfChanged(false)).subscribeOn(this.writer).then())
			.doOnSuccess(done -> {
				if (this.complete && !this.caughtUp) {
					this.caughtUp = true;
					logger.info("Search index caught up with the outbox at row " + this.position.get());
				}
			});
	}

	/** Reads and applies one step of rows; answers whether there may be more. */
	private Mono<Boolean> step() {
		long from = this.position.get();
		long seen = this.highWater.get();
		int batch = this.properties.batchSize();
		Flux<OutboxRow> late = from < seen ? this.outbox.rows(from, seen, batch * 4) : Flux.empty();
		Flux<OutboxRow> fresh = this.outbox.rows(seen, Long.MAX_VALUE, batch);
		return Mono.zip(late.collectList(), fresh.collectList()).flatMap(rows -> {
			List<OutboxRow> pending = new ArrayList<>();
			rows.getT1().stream().filter(row -> !this.ahead.contains(row.id())).forEach(pending::add);
			pending.addAll(rows.getT2());
			boolean more = rows.getT2().size() == batch;
			if (pending.isEmpty()) {
				return Mono.fromRunnable(() -> advance(List.of())).subscribeOn(this.writer).thenReturn(false);
			}
			return load(pending).publishOn(this.writer).map(state -> {
				apply(this.current, state);
				refresh(this.current);
				advance(pending);
				return more;
			});
		});
	}

	/** The current state of the entities the rows name. */
	private Mono<EntityState> load(Collection<OutboxRow> rows) {
		Set<UUID> challengeIds = new LinkedHashSet<>();
		Set<UUID> labIds = new LinkedHashSet<>();
		for (OutboxRow row : rows) {
			(row.type() == SearchOutbox.EntityType.CHALLENGE ? challengeIds : labIds).add(row.entityId());
		}
		Mono<Map<UUID, IndexableChallenge>> challengeState = challengeIds.isEmpty() ? Mono.just(Map.of())
				: this.challenges.indexable(challengeIds).collectMap(IndexableChallenge::id);
		Mono<Map<UUID, LabProfileView>> labState = labIds.isEmpty() ? Mono.just(Map.of())
				: this.labs.profiles(labIds);
		return Mono.zip(challengeState, labState)
			.map(state -> new EntityState(challengeIds, state.getT1(), labIds, state.getT2()));
	}

	/** Entities named by outbox rows and what the database holds for them now (absent: deleted). */
	record EntityState(Set<UUID> challengeIds, Map<UUID, IndexableChallenge> challenges, Set<UUID> labIds,
			Map<UUID, LabProfileView> labs) {
	}

	private static void apply(IndexGeneration generation, EntityState state) {
		try {
			for (UUID id : state.challengeIds()) {
				IndexableChallenge challenge = state.challenges().get(id);
				if (challenge == null) {
					generation.removeChallenge(id);
				}
				else {
					generation.put(challenge);
				}
			}
			for (UUID id : state.labIds()) {
				LabProfileView lab = state.labs().get(id);
				if (lab == null) {
					generation.removeLab(id);
				}
				else {
					generation.put(lab);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void refresh(IndexGeneration generation) {
		try {
			generation.refresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Moves the position over the applied rows; on the writer thread. */
	private void advance(List<OutboxRow> applied) {
		for (OutboxRow row : applied) {
			if (row.id() > this.position.get()) {
				this.ahead.add(row.id());
			}
			this.highWater.accumulateAndGet(row.id(), Math::max);
		}
		Instant now = this.clock.instant();
		boolean moved = false;
		while (!this.ahead.isEmpty()) {
			long next = this.position.get() + 1;
			if (this.ahead.remove(next)) {
				this.position.set(next);
				moved = true;
				continue;
			}
			if (this.ahead.first() < next) {
				this.ahead.pollFirst();
				continue;
			}
			if (this.blockedSince == null || moved) {
				this.blockedSince = now;
			}
			if (Duration.between(this.blockedSince, now).compareTo(this.properties.gapGrace()) < 0) {
				return;
			}
			long skipTo = this.ahead.first() - 1;
			logger.warn("Search index writer gave up waiting for outbox rows " + next + ".." + skipTo
					+ " (rolled back, or their transaction is still open after " + this.properties.gapGrace() + ")");
			this.position.set(skipTo);
			moved = true;
		}
		this.blockedSince = null;
	}

	/** Commits the current generation with the position if anything changed and the interval passed. */
	private void commitIfChanged(boolean force) {
		Instant now = this.clock.instant();
		long at = this.position.get();
		if (at == this.committed && !force) {
			return;
		}
		if (!force && Duration.between(this.lastCommit, now).compareTo(this.properties.commitInterval()) < 0) {
			return;
		}
		try {
			this.current.commit(at);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.committed = at;
		this.lastCommit = now;
	}

	/**
	 * After a failure that broke the current generation's writers (a disk error, say), reopens it from its
	 * last commit and resumes from the position stored there, as after a restart.
	 */
	private void reopenIfBroken() {
		IndexGeneration generation = this.current;
		if (!generation.isBroken()) {
			return;
		}
		try {
			try {
				generation.abandon();
			}
			catch (IOException | RuntimeException ex) {
				logger.debug("Closing the broken search index", ex);
			}
			IndexGeneration reopened = IndexGeneration.open(generation.folder(), this.analyzer, this.weights, this.labels);
			long resumed = reopened.committedPosition();
			this.current = reopened;
			this.position.set(resumed);
			this.highWater.set(resumed);
			this.ahead.clear();
			this.committed = resumed;
			logger.warn("Search index " + generation.folder().getFileName() + " reopened at outbox position " + resumed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static java.util.concurrent.ThreadFactory named(String name) {
		AtomicLong count = new AtomicLong();
		return runnable -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	// Rebuilding.

	/**
	 * Starts building a new generation from the database; searches keep using the current one until the new
	 * one is complete. Fails with {@link IllegalStateException} when a rebuild is already running.
	 */
	public Mono<RebuildStatus> startRebuild() {
		return startRebuild(false);
	}

	private Mono<RebuildStatus> startRebuild(boolean initial) {
		if (!this.rebuilding.compareAndSet(false, true)) {
			return Mono.error(new IllegalStateException("A rebuild is already running"));
		}
		Instant startedAt = this.clock.instant();
		this.rebuild.set(new RebuildStatus(true, startedAt, null, 0, 0, null));
		AtomicLong processed = new AtomicLong();
		Mono<Long> startPosition = initial ? this.outbox.head().doOnNext(head -> {
			// Everything up to the head is covered by the scan; only later rows need following.
			this.position.accumulateAndGet(head, Math::max);
			this.highWater.accumulateAndGet(head, Math::max);
		}) : Mono.fromSupplier(this.position::get);
		Mono<Void> run = Mono.zip(startPosition, this.challenges.countIndexable(), this.labs.count())
			.flatMap(start -> {
				long total = start.getT2() + start.getT3();
				this.rebuild.set(new RebuildStatus(true, startedAt, null, 0, total, null));
				return Mono.fromCallable(() -> initial ? this.current
						: IndexGeneration.create(newFolder(), this.version, this.analyzer, this.weights, this.labels))
					.subscribeOn(this.rebuilder)
					.flatMap(target -> scan(target, processed, startedAt, total)
						.then(finish(target, start.getT1(), initial))
						.onErrorResume(ex -> (initial ? Mono.<Void>empty()
								: Mono.<Void>fromRunnable(() -> discard(target)).subscribeOn(this.rebuilder))
							.then(Mono.error(ex))));
			})
			.doOnSuccess(done -> this.rebuild.set(new RebuildStatus(false, startedAt, this.clock.instant(),
					processed.get(), this.rebuild.get().total(), null)))
			.doOnError(ex -> {
				logger.error("Search index rebuild failed", ex);
				this.rebuild.set(new RebuildStatus(false, startedAt, this.clock.instant(), processed.get(),
						this.rebuild.get().total(), ex.getMessage()));
			})
			.doFinally(signal -> this.rebuilding.set(false));
		this.rebuildRun = run.subscribe(done -> {
		}, ex -> {
		});
		return Mono.fromSupplier(this.rebuild::get);
	}

	private Mono<Void> scan(IndexGeneration target, AtomicLong processed, Instant startedAt, long total) {
		Flux<List<IndexableChallenge>> challengeBatches = this.challenges.streamIndexable().buffer(REBUILD_BATCH);
		Flux<List<LabProfileView>> labBatches = this.labs.streamAll().buffer(REBUILD_BATCH);
		return Flux.concat(challengeBatches.parallel(this.rebuildThreads, 1).runOn(this.rebuilder, 1).doOnNext(batch -> {
			try {
				for (IndexableChallenge challenge : batch) {
					target.put(challenge);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			progress(processed, batch.size(), startedAt, total);
		}).sequential().then(), labBatches.parallel(this.rebuildThreads, 1).runOn(this.rebuilder, 1).doOnNext(batch -> {
			try {
				for (LabProfileView lab : batch) {
					target.put(lab);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			progress(processed, batch.size(), startedAt, total);
		}).sequential().then()).then();
	}

	private void progress(AtomicLong processed, int count, Instant startedAt, long total) {
		long done = processed.addAndGet(count);
		this.rebuild.set(new RebuildStatus(true, startedAt, null, done, Math.max(total, done), null));
	}

	/**
	 * Replays the outbox rows after {@code from} into the new generation and makes it the current one; the
	 * writer then re-reads everything after the replayed rows, so changes the old generation took meanwhile
	 * reach the new one too.
	 */
	private Mono<Void> finish(IndexGeneration target, long from, boolean initial) {
		return this.outbox.rows(from, Long.MAX_VALUE, Integer.MAX_VALUE)
			.collectList()
			.flatMap(rows -> load(rows).map(state -> new Object[] { rows, state }))
			.publishOn(this.writer)
			.map(loaded -> {
				@SuppressWarnings("unchecked")
				List<OutboxRow> rows = (List<OutboxRow>) loaded[0];
				apply(target, (EntityState) loaded[1]);
				refresh(target);
				long replayed = rows.isEmpty() ? from : rows.get(rows.size() - 1).id();
				long resume = Math.min(this.position.get(), replayed);
				IndexGeneration previous = this.current;
				try {
					target.commit(resume);
					writePointer(target.folder());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.current = target;
				this.complete = true;
				this.position.set(resume);
				this.highWater.set(resume);
				this.ahead.clear();
				this.blockedSince = null;
				this.committed = resume;
				this.lastCommit = this.clock.instant();
				if (previous != target) {
					retire(previous);
				}
				logger.info("Search index " + target.folder().getFileName() + " is complete and serving");
				return rows.size();
			})
			.then();
	}

	/** Closes and deletes a replaced generation once searches still running on it are done. */
	private void retire(IndexGeneration previous) {
		Mono.delay(Duration.ofSeconds(5)).publishOn(this.rebuilder).subscribe(tick -> discard(previous));
	}

	private static void discard(IndexGeneration generation) {
		try {
			generation.delete();
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not delete search index folder " + generation.folder(), ex);
		}
	}

	private Path newFolder() {
		return this.root.resolve("g-" + this.clock.millis() + "-" + UUID.randomUUID().toString().substring(0, 8));
	}

	private void writePointer(Path folder) throws IOException {
		Path pointer = this.root.resolve(POINTER);
		Path temporary = this.root.resolve(POINTER + ".tmp");
		Files.writeString(temporary, folder.getFileName().toString(), StandardCharsets.UTF_8);
		Files.move(temporary, pointer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private void removeOtherFolders() throws IOException {
		Path keep = this.current.folder();
		try (Stream<Path> children = Files.list(this.root)) {
			for (Path child : children.toList()) {
				if (Files.isDirectory(child) && !child.equals(keep) && child.getFileName().toString().startsWith("g-")) {
					try (Stream<Path> paths = Files.walk(child)) {
						for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
							Files.deleteIfExists(path);
						}
					}
				}
			}
		}
	}

	/**
	 * A scheduler on the executor's threads that never interrupts them. {@code Schedulers.fromExecutor} hands an
	 * {@link ExecutorService} to {@code fromExecutorService}, whose cancelled tasks are interrupted; given only the
	 * executor's {@code execute}, Reactor cancels a task by forgetting it.
	 */
	static Scheduler uninterruptible(ExecutorService executor) {
		Executor execute = executor::execute;
		return Schedulers.fromExecutor(execute);
	}

	/** For crash tests: drops uncommitted changes and stops, as a killed process would. */
	void crash() throws Exception {
		stop();
		this.writerThread.submit(() -> {
			this.current.abandon();
			return null;
		}).get(30, TimeUnit.SECONDS);
		this.writerThread.shutdownNow();
	}

}
