package org.jiebang.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The system clock (or another base) plus an offset that tests move forward, so that months pass in a second. */
public final class MovableClock extends Clock {

	private final Clock base;

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	public MovableClock() {
		this(Clock.systemUTC());
	}

	/** A clock that stands at {@code start} until the test moves it. */
	public static MovableClock standingAt(Instant start) {
		return new MovableClock(Clock.fixed(start, ZoneOffset.UTC));
	}

	private MovableClock(Clock base) {
		this.base = base;
	}

	/** Moves the clock forward. */
	public void advance(Duration duration) {
		this.offset.accumulateAndGet(duration, Duration::plus);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The application clock is UTC");
	}

	@Override
	public Instant instant() {
		return this.base.instant().plus(this.offset.get());
	}

}
