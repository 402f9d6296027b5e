package org.jiebang.challenge;

import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Review of submitted challenges and amendments of published ones, for administrators. */
@RestController
class ChallengeAdminController {

	private final ChallengeReviewService review;

	private final ChallengeQueries queries;

	ChallengeAdminController(ChallengeReviewService review, ChallengeQueries queries) {
		this.review = review;
		this.queries = queries;
	}

	@GetMapping("/api/admin/review-queue")
	Mono<PageView<ChallengeSummaryView>> queue(Actor actor, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.queries.reviewQueue(actor, Paging.of(page, size));
	}

	@PostMapping("/api/admin/challenges/{id}/approve")
	Mono<ChallengeView> approve(Actor actor, @PathVariable UUID id) {
		return this.review.approve(actor, id);
	}

	@PostMapping("/api/admin/challenges/{id}/reject")
	Mono<ChallengeView> reject(Actor actor, @PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
		return this.review.reject(actor, id, request.reason());
	}

	@PostMapping("/api/admin/challenges/{id}/amend")
	Mono<ChallengeView> amend(Actor actor, @PathVariable UUID id, @Valid @RequestBody AmendmentRequest request) {
		return this.review.amend(actor, id, request);
	}

}
