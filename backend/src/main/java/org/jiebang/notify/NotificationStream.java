package org.jiebang.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers new notifications to open pages on this instance. It follows the notifications table (so
 * events made on any instance arrive), in id order, without skipping an id that commits late: an id below
 * the highest seen is waited for up to {@link #GAP_PATIENCE} before it is given up as rolled back.
 */
@Component
class NotificationStream implements SmartLifecycle {

	static final Duration POLL_INTERVAL = Duration.ofMillis(200);

	static final Duration GAP_PATIENCE = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(NotificationStream.class);

	private final NotificationService notifications;

	private final Clock clock;

	private final Sinks.Many<NotificationService.Delivery> sink = Sinks.many().multicast().directBestEffort();

	/** Every id up to this one was delivered or given up. */
	private long safe;

	/** Delivered ids above {@link #safe}. */
	private final NavigableSet<Long> delivered = new TreeSet<>();

	/** The highest id delivered so far. */
	private long highestSeen;

	/** Missing ids above {@link #safe} with the moment they were first noticed. */
	private final Map<Long, Instant> gaps = new TreeMap<>();

	private volatile Disposable poller;

	NotificationStream(NotificationService notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	/** The user's notifications after {@code lastId} (from the table), then live ones, each once. */
	Flux<NotificationView> forUser(UUID userId, long lastId) {
		Set<Long> sent = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
				return size() > 5_000;
			}
		}));
		Flux<NotificationView> live = this.sink.asFlux()
			.filter(delivery -> delivery.userId().equals(userId))
			.map(NotificationService.Delivery::notification)
			.onBackpressureBuffer(1_000);
		Flux<NotificationView> replay = this.notifications.after(userId, lastId);
		return Flux.merge(replay, live).filter(n -> n.id() > lastId && sent.add(n.id()));
	}

	/**
	 * Fetches what is new above the highest id delivered, and separately the ids still missing below it, so
	 * that a gap (a late or rolled-back transaction) never holds back newer notifications.
	 */
	private Mono<Void> poll() {
		long highest;
		List<Long> waiting;
		synchronized (this) {
			highest = Math.max(this.safe, this.highestSeen);
			waiting = this.gaps.keySet().stream().limit(500).toList();
		}
		return this.notifications.newerThan(highest, 500)
			.concatWith(this.notifications.withIds(waiting))
			.doOnNext(this::deliver)
			.then(Mono.fromRunnable(this::advance));
	}

	private synchronized void deliver(NotificationService.Delivery delivery) {
		long id = delivery.notification().id();
		if (id <= this.safe || !this.delivered.add(id)) {
			return;
		}
		this.gaps.remove(id);
		Instant now = this.clock.instant();
		// Ids skipped between the previous highest and this one are gaps: late commits or rollbacks.
		long previous = Math.max(this.safe, this.highestSeen);
		for (long missing = previous + 1; missing < id; missing++) {
			this.gaps.putIfAbsent(missing, now);
		}
		this.highestSeen = Math.max(this.highestSeen, id);
		this.sink.tryEmitNext(delivery);
	}

	private synchronized void advance() {
		Instant giveUp = this.clock.instant().minus(GAP_PATIENCE);
		while (true) {
			long next = this.safe + 1;
			if (this.delivered.remove(next)) {
				this.safe = next;
			}
			else if (this.gaps.containsKey(next) && this.gaps.get(next).isBefore(giveUp)) {
				this.gaps.remove(next);
				this.safe = next;
			}
			else {
				return;
			}
		}
	}

	@Override
	public void start() {
		// The starting point is read by the first poll, not awaited here: start-up never blocks on the database.
		this.poller = this.notifications.maxId()
			.doOnNext(this::startAt)
			.thenMany(Flux.interval(POLL_INTERVAL).onBackpressureDrop())
			.concatMap(tick -> poll().onErrorResume(ex -> {
				log.warn("Polling notifications failed", ex);
				return Mono.empty();
			}), 1)
			.retryWhen(reactor.util.retry.Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
				.maxBackoff(Duration.ofSeconds(30)))
			.subscribe();
	}

	private synchronized void startAt(long id) {
		this.safe = id;
		this.highestSeen = id;
	}

	@Override
	public void stop() {
		Disposable current = this.poller;
		if (current != null) {
			current.dispose();
		}
		// The sink stays open: a stopped context may be started again (the test framework pauses cached
		// contexts), and open streams then go on receiving.
	}

	@Override
	public boolean isRunning() {
		return this.poller != null && !this.poller.isDisposed();
	}

}
