package org.jiebang.search;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Search, matching both ways, and the administrators' index controls. */
@RestController
@RequestMapping("/api")
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search/challenges")
	Mono<SearchViews.SearchPage<SearchViews.ChallengeHit>> challenges(Actor viewer,
			@RequestParam(required = false) String q, @RequestParam(required = false) List<String> chain,
			@RequestParam(required = false) List<String> type, @RequestParam(required = false) List<String> region,
			@RequestParam(required = false) List<String> status, @RequestParam(required = false) String bountyMin,
			@RequestParam(required = false) String bountyMax, @RequestParam(required = false) String deadlineFrom,
			@RequestParam(required = false) String deadlineTo, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.search.searchChallenges(viewer, new SearchService.ChallengeParams(q, chain, type, region, status,
				bountyMin, bountyMax, deadlineFrom, deadlineTo, sort, page, size));
	}

	@GetMapping("/search/labs")
	Mono<SearchViews.SearchPage<SearchViews.LabHit>> labs(@RequestParam(required = false) String q,
			@RequestParam(required = false) List<String> field, @RequestParam(required = false) List<String> region,
			@RequestParam(required = false) List<String> orgType, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.search.searchLabs(new SearchService.LabParams(q, field, region, orgType, sort, page, size));
	}

	@GetMapping("/challenges/{id}/matches")
	Mono<SearchViews.Matches<SearchViews.LabMatch>> matches(Actor viewer, @PathVariable UUID id,
			@RequestParam(required = false) Integer limit) {
		return this.search.matches(viewer, id, limit);
	}

	@GetMapping("/my/recommendations")
	Mono<SearchViews.Matches<SearchViews.ChallengeMatch>> recommendations(Actor viewer,
			@RequestParam(required = false) Integer limit) {
		return this.search.recommendations(viewer, limit);
	}

	@GetMapping("/admin/search/status")
	Mono<SearchViews.IndexStatus> status(Actor viewer) {
		return this.search.status(viewer);
	}

	@PostMapping("/admin/search/rebuild")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<SearchViews.IndexStatus> rebuild(Actor viewer) {
		return this.search.rebuild(viewer);
	}

}
