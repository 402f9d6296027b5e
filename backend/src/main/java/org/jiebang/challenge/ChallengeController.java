package org.jiebang.challenge;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.system.persistence.IdempotencyKeys;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The challenge market and the firm's lifecycle actions. */
@RestController
class ChallengeController {

	private final ChallengeService challenges;

	private final ChallengeQueries queries;

	private final Clock clock;

	ChallengeController(ChallengeService challenges, ChallengeQueries queries, Clock clock) {
		this.challenges = challenges;
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping("/api/challenges")
	Mono<PageView<ChallengeSummaryView>> market(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String chain, @RequestParam(required = false) ChallengeType type,
			@RequestParam(required = false) String region, @RequestParam(required = false) List<ChallengeStatus> status,
			@RequestParam(required = false) BigDecimal minBounty, @RequestParam(required = false) BigDecimal maxBounty,
			@RequestParam(required = false) Instant deadlineFrom, @RequestParam(required = false) Instant deadlineTo,
			@RequestParam(required = false) UUID organization, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(required = false) ChallengeFilter.Sort sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ChallengeFilter filter = new ChallengeFilter(q, chain, type, region, status, minBounty, maxBounty,
				deadlineFrom, deadlineTo, organization, open ? this.clock.instant() : null, true, sort);
		return this.queries.market(actor, filter, Paging.of(page, size));
	}

	@GetMapping("/api/challenges/{id}")
	Mono<ChallengeView> view(Actor actor, @PathVariable UUID id) {
		return this.challenges.view(actor, id);
	}

	@PostMapping("/api/challenges")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ChallengeView> create(Actor actor, @Valid @RequestBody ChallengeRequest request,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
		return this.challenges.create(actor, request, idempotencyKey);
	}

	@PutMapping("/api/challenges/{id}")
	Mono<ChallengeView> update(Actor actor, @PathVariable UUID id, @Valid @RequestBody ChallengeRequest request) {
		return this.challenges.update(actor, id, request);
	}

	@PostMapping("/api/challenges/{id}/submit")
	Mono<ChallengeView> submit(Actor actor, @PathVariable UUID id) {
		return this.challenges.submit(actor, id);
	}

	@PostMapping("/api/challenges/{id}/cancel")
	Mono<ChallengeView> cancel(Actor actor, @PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
		return this.challenges.cancel(actor, id, request.reason());
	}

	@GetMapping("/api/my/challenges")
	Mono<PageView<ChallengeSummaryView>> mine(Actor actor, @RequestParam(required = false) ChallengeStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.queries.mine(actor, status, Paging.of(page, size));
	}

}
