package org.jiebang.stats;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrators' dashboard. */
@RestController
class DashboardController {

	private final DashboardService dashboard;

	DashboardController(DashboardService dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/api/admin/dashboard")
	Mono<DashboardView> dashboard(Actor actor) {
		return this.dashboard.dashboard(actor);
	}

}
