package org.jiebang.delivery;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs {@link OverdueMilestones} on every instance; its conditional updates make each mark happen once. */
@Component
class OverdueMilestoneJob {

	private static final Logger log = LoggerFactory.getLogger(OverdueMilestoneJob.class);

	private final OverdueMilestones overdue;

	private final AtomicBoolean running = new AtomicBoolean();

	OverdueMilestoneJob(OverdueMilestones overdue) {
		this.overdue = overdue;
	}

	@Scheduled(initialDelayString = "PT3S", fixedDelayString = "${jiebang.delivery.overdue-job-interval:PT1M}")
	void markOverdueMilestones() {
		if (!this.running.compareAndSet(false, true)) {
			return;
		}
		this.overdue.markOverdue()
			.doFinally(signal -> this.running.set(false))
			.subscribe(marked -> {
				if (marked > 0) {
					log.info("Marked {} milestones overdue", marked);
				}
			}, ex -> log.warn("Marking overdue milestones failed", ex));
	}

}
