package org.jiebang.award;

import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The administrators' award decisions and the objection queue. */
@RestController
class AwardAdminController {

	private final AwardService awards;

	private final ObjectionService objections;

	AwardAdminController(AwardService awards, ObjectionService objections) {
		this.awards = awards;
		this.objections = objections;
	}

	@PostMapping("/api/admin/challenges/{id}/award")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<AwardView> propose(Actor actor, @PathVariable UUID id, @Valid @RequestBody ProposeAwardRequest request) {
		return this.awards.propose(actor, id, request);
	}

	@PostMapping("/api/admin/challenges/{id}/unaward")
	Mono<AwardView> unaward(Actor actor, @PathVariable UUID id, @Valid @RequestBody UnawardRequest request) {
		return this.awards.unaward(actor, id, request);
	}

	@PostMapping("/api/admin/challenges/{id}/confirm")
	Mono<AwardView> confirm(Actor actor, @PathVariable UUID id) {
		return this.awards.confirm(actor, id);
	}

	@GetMapping("/api/admin/objections")
	Mono<PageView<ObjectionView>> queue(Actor actor, @RequestParam(required = false) ObjectionStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.objections.queue(actor, status, Paging.of(page, size));
	}

	@PostMapping("/api/admin/objections/{id}/answer")
	Mono<ObjectionView> answer(Actor actor, @PathVariable UUID id, @Valid @RequestBody ObjectionAnswerRequest request) {
		return this.objections.answer(actor, id, request);
	}

}
