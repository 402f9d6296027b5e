package org.jiebang.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Index work must never be interrupted (an interrupted file channel closes, and Lucene's writer with it): a
 * cancelled subscription leaves the index threads' running work alone.
 */
class UninterruptibleSchedulerTests {

	@Test
	void cancellingWorkOnTheIndexThreadsDoesNotInterruptThem() throws Exception {
		assertThat(interruptedOnCancel(SearchIndex::uninterruptible)).isFalse();
	}

	@Test
	void reactorsOwnSchedulerOnAnExecutorServiceWouldInterruptThem() throws Exception {
		// Why SearchIndex does not use Schedulers.fromExecutor directly: given an ExecutorService, it interrupts.
		assertThat(interruptedOnCancel(Schedulers::fromExecutor)).isTrue();
	}

	/** Whether work running on a scheduler made by {@code schedulers} is interrupted when its subscriber cancels. */
	private static boolean interruptedOnCancel(Function<ExecutorService, Scheduler> schedulers) throws Exception {
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Scheduler scheduler = schedulers.apply(executor);
			CountDownLatch started = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			AtomicBoolean interrupted = new AtomicBoolean();
			Disposable running = Mono.fromCallable(() -> {
				started.countDown();
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					interrupted.set(true);
				}
				return 1;
			}).subscribeOn(scheduler).subscribe();
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			running.dispose();
			Thread.sleep(200);
			release.countDown();
			// The executor has one thread: this runs once the work above has finished.
			executor.submit(() -> null).get(10, TimeUnit.SECONDS);
			return interrupted.get();
		}
		finally {
			executor.shutdownNow();
		}
	}

}
