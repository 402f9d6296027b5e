package org.jiebang.challenge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import reactor.core.publisher.Mono;

/**
 * The totals of the public market's lists, remembered for a moment.
 *
 * <p>Every page of the market says how many challenges its filter matches, and with a few hundred thousand
 * challenges counting them is most of the page's database work (a scan of every public row), while the
 * answer rarely changes from one request to the next. A total is kept for {@link #TTL} per filter (the sort
 * does not change it). Every change this instance makes to a challenge forgets all totals at once, so no one
 * misses their own change; a change made through another instance shows within the TTL. Filters on "open at
 * this instant" differ on every request and are never kept.
 */
final class MarketCounts {

	/** How long a total is served without counting again. */
	static final Duration TTL = Duration.ofSeconds(1);

	/** At most this many filters are remembered; past it, everything is forgotten (a burst of distinct filters). */
	static final int CAPACITY = 1_024;

	private record Total(long value, Instant expires, long generation) {
	}

	private final Clock clock;

	private final Map<ChallengeFilter, Total> totals = new ConcurrentHashMap<>();

	/** Moves on with every forget(), so a count that started before a change is not kept after it. */
	private final AtomicLong generation = new AtomicLong();

	MarketCounts(Clock clock) {
		this.clock = clock;
	}

	/** The remembered total of this filter, or the one {@code counter} finds (and which is then remembered). */
	Mono<Long> count(ChallengeFilter filter, Function<ChallengeFilter, Mono<Long>> counter) {
		if (filter.openAt() != null) {
			return counter.apply(filter);
		}
		return Mono.defer(() -> {
			ChallengeFilter key = withoutSort(filter);
			Instant now = this.clock.instant();
			long current = this.generation.get();
			Total total = this.totals.get(key);
			if (total != null && total.generation() == current && now.isBefore(total.expires())) {
				return Mono.just(total.value());
			}
			return counter.apply(filter).doOnNext(value -> remember(key, new Total(value, now.plus(TTL), current)));
		});
	}

	/** Forgets every total: called after each change to a challenge. */
	void forget() {
		this.generation.incrementAndGet();
		this.totals.clear();
	}

	private void remember(ChallengeFilter key, Total total) {
		if (this.generation.get() != total.generation()) {
			return;
		}
		if (this.totals.size() >= CAPACITY) {
			this.totals.clear();
		}
		this.totals.put(key, total);
	}

	private static ChallengeFilter withoutSort(ChallengeFilter f) {
		return new ChallengeFilter(f.q(), f.industryChain(), f.challengeType(), f.province(), f.statuses(),
				f.minBounty(), f.maxBounty(), f.deadlineFrom(), f.deadlineTo(), f.organizationId(), f.openAt(),
				f.publishedOnly(), null);
	}

}
