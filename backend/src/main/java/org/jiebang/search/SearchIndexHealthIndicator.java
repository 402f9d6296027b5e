package org.jiebang.search;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: an instance takes traffic only once its index is complete and has caught up with the
 * outbox (a new instance builds its index first; one that fell behind the pruned log rebuilds first).
 */
@Component
class SearchIndexHealthIndicator implements ReactiveHealthIndicator {

	private final SearchIndex index;

	SearchIndexHealthIndicator(SearchIndex index) {
		this.index = index;
	}

	@Override
	public Mono<Health> health() {
		Health.Builder builder = this.index.isReady() ? Health.up() : Health.outOfService();
		return Mono.just(builder.withDetail("position", this.index.position())
			.withDetail("complete", this.index.isComplete())
			.build());
	}

}
