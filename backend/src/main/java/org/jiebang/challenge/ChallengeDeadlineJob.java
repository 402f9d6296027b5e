package org.jiebang.challenge;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes challenges at their deadline. Runs on every instance; conditional updates make each close happen
 * once. Bids are refused after the deadline at request time anyway, so a late run only delays the close.
 */
@Component
class ChallengeDeadlineJob {

	private static final Logger log = LoggerFactory.getLogger(ChallengeDeadlineJob.class);

	private final ChallengeReviewService review;

	private final AtomicBoolean running = new AtomicBoolean();

	ChallengeDeadlineJob(ChallengeReviewService review) {
		this.review = review;
	}

	@Scheduled(initialDelayString = "PT2S", fixedDelayString = "${jiebang.challenge.close-job-interval:PT5S}")
	void closeDueChallenges() {
		if (!this.running.compareAndSet(false, true)) {
			return;
		}
		this.review.closeDue()
			.doFinally(signal -> this.running.set(false))
			.subscribe(closed -> {
				if (closed > 0) {
					log.info("Closed {} challenges at their deadline", closed);
				}
			}, ex -> log.warn("Closing challenges failed", ex));
	}

}
