package org.jiebang.account;

import java.util.List;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The expert pool (专家库), managed by administrators. */
@RestController
@RequestMapping("/api/admin/experts")
class ExpertAdminController {

	private final AccountService accounts;

	ExpertAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	Mono<List<ExpertView>> experts(Actor actor) {
		return this.accounts.experts(actor);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ExpertView> create(Actor actor, @Valid @RequestBody CreateExpertRequest request) {
		return this.accounts.createExpert(actor, request);
	}

}
