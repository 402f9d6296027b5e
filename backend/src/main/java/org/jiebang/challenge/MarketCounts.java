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
 * misses their own change; a change made through another instance shows within the TTL plus one count.
 * Filters on "open at this instant" differ on every request and are never kept.
 *
 * <p>One count per filter runs at a time: callers arriving while it runs share it. Once a total's TTL has
 * passed, callers are answered with it while one count refreshes it (at 1M challenges a count takes half a
 * second, and every request of that half second waited for one of its own); after a change there is no old
 * total to answer with, and callers wait for the shared count.
 */
final class MarketCounts {

	/** How long a total is served without counting again. */
	static final Duration TTL = Duration.ofSeconds(1);

	/** At most this many filters are remembered; past it, everything is forgotten (a burst of distinct filters). */
	static final int CAPACITY = 1_024;

	/**
	 * A filter's total as of a generation: {@code value} null until first counted, {@code counting} the count
	 * in flight (shared by every caller) or null, {@code ticket} naming that count.
	 */
	private record Entry(long generation, Long value, Instant expires, Mono<Long> counting, long ticket) {

		boolean fresh(Instant now) {
			return this.value != null && now.isBefore(this.expires);
		}

	}

	private final Clock clock;

	private final Map<ChallengeFilter, Entry> totals = new ConcurrentHashMap<>();

	/** Moves on with every forget(), so a count that started before a change is not kept after it. */
	private final AtomicLong generation = new AtomicLong();

	private final AtomicLong tickets = new AtomicLong();

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
			while (true) {
				long current = this.generation.get();
				Entry entry = this.totals.get(key);
				Entry same = entry != null && entry.generation() == current ? entry : null;
				if (same != null && same.fresh(this.clock.instant())) {
					return Mono.just(same.value());
				}
				if (same != null && same.counting() != null) {
					return same.value() != null ? Mono.just(same.value()) : same.counting();
				}
				long ticket = this.tickets.incrementAndGet();
				Mono<Long> counting = counter.apply(filter)
					.doOnNext(value -> settle(key, current, ticket, value))
					.doFinally(signal -> abandon(key, ticket))
					.cache();
				Long old = same == null ? null : same.value();
				Entry next = new Entry(current, old, same == null ? Instant.MIN : same.expires(), counting, ticket);
				if (entry == null && this.totals.size() >= CAPACITY) {
					this.totals.clear();
				}
				if (entry == null ? this.totals.putIfAbsent(key, next) != null : !this.totals.replace(key, entry, next)) {
					continue; // another caller started a count first: share it
				}
				if (old == null) {
					return counting;
				}
				counting.subscribe(value -> {
				}, error -> {
				});
				return Mono.just(old);
			}
		});
	}

	/** Forgets every total: called after each change to a challenge. */
	void forget() {
		this.generation.incrementAndGet();
		this.totals.clear();
	}

	private void settle(ChallengeFilter key, long generation, long ticket, long value) {
		this.totals.computeIfPresent(key, (k, e) -> e.ticket() == ticket && e.generation() == generation
				&& this.generation.get() == generation
						? new Entry(generation, value, this.clock.instant().plus(TTL), null, ticket) : e);
	}

	/** A count that failed or was cancelled no longer runs: the next caller starts another. */
	private void abandon(ChallengeFilter key, long ticket) {
		this.totals.computeIfPresent(key, (k, e) -> e.ticket() == ticket && e.counting() != null
				? new Entry(e.generation(), e.value(), e.expires(), null, ticket) : e);
	}

	private static ChallengeFilter withoutSort(ChallengeFilter f) {
		return new ChallengeFilter(f.q(), f.industryChain(), f.challengeType(), f.province(), f.statuses(),
				f.minBounty(), f.maxBounty(), f.deadlineFrom(), f.deadlineTo(), f.organizationId(), f.openAt(),
				f.publishedOnly(), null);
	}

}
