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
		assertThat(count(market(null)).block()).isEqualTo(2L);
		assertThat(count(market(null)).block()).isEqualTo(2L);
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
