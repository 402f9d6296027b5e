package org.jiebang.stats;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public statistics for the home page. */
@RestController
class StatsController {

	private final StatsService stats;

	StatsController(StatsService stats) {
		this.stats = stats;
	}

	@GetMapping("/api/stats/public")
	Mono<PublicStats> publicStats() {
		return this.stats.publicStats();
	}

}
