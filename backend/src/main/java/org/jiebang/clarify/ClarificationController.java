package org.jiebang.clarify;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Questions and answers on challenges, and labs following challenges. */
@RestController
class ClarificationController {

	private final ClarificationService clarifications;

	private final FollowService follows;

	ClarificationController(ClarificationService clarifications, FollowService follows) {
		this.clarifications = clarifications;
		this.follows = follows;
	}

	@PostMapping("/api/challenges/{id}/clarifications")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ClarificationView> ask(Actor actor, @PathVariable UUID id, @Valid @RequestBody AskRequest request) {
		return this.clarifications.ask(actor, id, request);
	}

	@GetMapping("/api/challenges/{id}/clarifications")
	Mono<List<ClarificationView>> list(Actor actor, @PathVariable UUID id) {
		return this.clarifications.list(actor, id);
	}

	@PostMapping("/api/clarifications/{id}/answer")
	Mono<ClarificationView> answer(Actor actor, @PathVariable UUID id, @Valid @RequestBody AnswerRequest request) {
		return this.clarifications.answer(actor, id, request);
	}

	@PostMapping("/api/challenges/{id}/follow")
	Mono<FollowStatus> follow(Actor actor, @PathVariable UUID id) {
		return this.follows.follow(actor, id);
	}

	@GetMapping("/api/challenges/{id}/follow")
	Mono<FollowStatus> following(Actor actor, @PathVariable UUID id) {
		return this.follows.following(actor, id);
	}

	@DeleteMapping("/api/challenges/{id}/follow")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> unfollow(Actor actor, @PathVariable UUID id) {
		return this.follows.unfollow(actor, id);
	}

	@GetMapping("/api/my/follows")
	Mono<List<FollowView>> mine(Actor actor) {
		return this.follows.mine(actor);
	}

}
