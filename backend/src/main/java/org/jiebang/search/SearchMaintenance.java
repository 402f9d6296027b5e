package org.jiebang.search;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox small and every instance honest about it: reports this instance's durable position,
 * prunes rows that every instance seen in the last ten minutes has applied (keeping the last hour anyway),
 * and rebuilds this instance's index if the outbox was pruned past it while it was away.
 */
@Component
class SearchMaintenance {

	private static final Log logger = LogFactory.getLog(SearchMaintenance.class);

	/** Instances not seen for this long no longer hold pruning back. */
	static final Duration SEEN_WITHIN = Duration.ofMinutes(10);

	/** Rows younger than this are kept whatever the positions say. */
	static final Duration KEEP = Duration.ofHours(1);

	private final SearchIndex index;

	private final SearchOutbox outbox;

	SearchMaintenance(SearchIndex index, SearchOutbox outbox) {
		this.index = index;
		this.outbox = outbox;
	}

	@Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT10S")
	Mono<Void> reportPosition() {
		if (!this.index.isComplete()) {
			return Mono.empty();
		}
		return this.outbox.recordPosition(this.index.instance(), this.index.committedPosition())
			.onErrorResume(ex -> {
				logger.warn("Could not record the search index position", ex);
				return Mono.empty();
			});
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT5M")
	Mono<Void> prune() {
		return this.outbox.prune(SEEN_WITHIN, KEEP)
			.doOnNext(last -> {
				if (last > 0) {
					logger.info("Pruned the search outbox up to row " + last);
				}
			})
			.then(this.index.rebuildIfBehind())
			.onErrorResume(ex -> {
				logger.warn("Search outbox maintenance failed", ex);
				return Mono.empty();
			});
	}

}
