package org.jiebang.challenge;

import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.jiebang.delivery.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

class MarketCountsTests {

	private final MovableClock clock = MovableClock.standingAt(Instant.parse("2026-11-28T08:00:00Z"));

	private final MarketCounts counts = new MarketCounts(this.clock);

	private final AtomicInteger counted = new AtomicInteger();

	private Mono<Long> count(ChallengeFilter filter) {
		return this.counts.count(filter, f -> Mono.fromSupplier(() -> (long) this.counted.incrementAndGet()));
	}

	@Test
	void aTotalIsCountedOnceWithinTheTtlWhateverTheSort() {
		assertThat(count(market(ChallengeFilter.Sort.NEWEST)).block()).isEqualTo(1L);
		this.clock.advance(MarketCounts.TTL.minusMillis(1));
		assertThat(count(market(ChallengeFilter.Sort.BOUNTY)).block()).isEqualTo(1L);
		assertThat(this.counted).hasValue(1);
	}

	@Test
	void aTotalIsCountedAgainOnceItsTtlHasPassed() {
		count(market(null)).block();
		this.clock.advance(MarketCounts.TTL);
		assertThat(count(market(null)).block()).as("the old total while counting again").isEqualTo(1L);
		assertThat(count(market(null)).block()).isEqualTo(2L);
		assertThat(this.counted).hasValue(2);
	}

	@Test
	void callersWhileACountRunsShareIt() {
		Sinks.One<Long> slow = Sinks.one();
		AtomicInteger started = new AtomicInteger();
		Mono<Long> first = slowCount(slow, started);
		Mono<Long> second = slowCount(slow, started);
		Long[] seen = new Long[2];
		first.subscribe(value -> seen[0] = value);
		second.subscribe(value -> seen[1] = value);
		slow.tryEmitValue(5L);
		assertThat(seen).containsExactly(5L, 5L);
		assertThat(started).hasValue(1);
		assertThat(count(market(null)).block()).as("remembered").isEqualTo(5L);
	}

	@Test
	void anExpiredTotalAnswersWhileOneCountRefreshesIt() {
		count(market(null)).block();
		this.clock.advance(MarketCounts.TTL);
		Sinks.One<Long> slow = Sinks.one();
		AtomicInteger started = new AtomicInteger();
		assertThat(slowCount(slow, started).block()).isEqualTo(1L);
		assertThat(slowCount(slow, started).block()).isEqualTo(1L);
		assertThat(started).as("one refresh").hasValue(1);
		slow.tryEmitValue(7L);
		assertThat(count(market(null)).block()).isEqualTo(7L);
		assertThat(this.counted).hasValue(1);
	}

	@Test
	void aChangeDuringARefreshLeavesNoOldTotalToAnswerWith() {
		count(market(null)).block();
		this.clock.advance(MarketCounts.TTL);
		Sinks.One<Long> slow = Sinks.one();
		assertThat(slowCount(slow, new AtomicInteger()).block()).isEqualTo(1L);
		this.counts.forget();
		assertThat(count(market(null)).block()).as("counted afresh, not the old 1").isEqualTo(2L);
		slow.tryEmitValue(7L);
		assertThat(count(market(null)).block()).as("the refresh from before the change is not kept").isEqualTo(2L);
	}

	@Test
	void aFailedCountIsTriedAgain() {
		Mono<Long> failing = this.counts.count(market(null), f -> Mono.error(new IllegalStateException("down")));
		assertThat(failing.onErrorReturn(-1L).block()).isEqualTo(-1L);
		assertThat(count(market(null)).block()).isEqualTo(1L);
	}

	private Mono<Long> slowCount(Sinks.One<Long> slow, AtomicInteger started) {
		return this.counts.count(market(null), f -> {
			started.incrementAndGet();
			return slow.asMono();
		});
	}

	@Test
	void filtersAreCountedApartAndAChangeForgetsThemAll() {
		ChallengeFilter published = filter(EnumSet.of(ChallengeStatus.PUBLISHED), null, null);
		assertThat(count(market(null)).block()).isEqualTo(1L);
		assertThat(count(published).block()).isEqualTo(2L);
		this.counts.forget();
		assertThat(count(market(null)).block()).isEqualTo(3L);
		assertThat(count(published).block()).isEqualTo(4L);
	}

	@Test
	void openAtAnInstantIsNeverRemembered() {
		ChallengeFilter open = filter(ChallengeStatus.PUBLIC, this.clock.instant(), null);
		count(open).block();
		count(open).block();
		assertThat(this.counted).hasValue(2);
	}

	@Test
	void aCountThatStartedBeforeAChangeIsNotRememberedAfterIt() {
		Sinks.One<Long> slow = Sinks.one();
		Mono<Long> pending = this.counts.count(market(null), f -> slow.asMono());
		Long[] seen = new Long[1];
		pending.subscribe(value -> seen[0] = value);
		this.counts.forget();
		slow.tryEmitValue(41L);
		assertThat(seen[0]).isEqualTo(41L);
		assertThat(count(market(null)).block()).as("counted again, not the stale 41").isEqualTo(1L);
	}

	private static ChallengeFilter market(ChallengeFilter.Sort sort) {
		return filter(ChallengeStatus.PUBLIC, null, sort);
	}

	private static ChallengeFilter filter(java.util.Set<ChallengeStatus> statuses, Instant openAt,
			ChallengeFilter.Sort sort) {
		return new ChallengeFilter(null, null, null, null, EnumSet.copyOf(statuses), null, null, null, null, null,
				openAt, true, sort);
	}

}
