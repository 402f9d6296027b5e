package org.jiebang.bid;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Bids: a lab's lifecycle actions and the sealed reads. */
@RestController
class BidController {

	private final BidService bids;

	private final BidQueries queries;

	BidController(BidService bids, BidQueries queries) {
		this.bids = bids;
		this.queries = queries;
	}

	@PostMapping("/api/challenges/{challengeId}/bids")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<BidView> create(Actor actor, @PathVariable UUID challengeId, @Valid @RequestBody BidRequest request) {
		return this.bids.create(actor, challengeId, request);
	}

	@GetMapping("/api/challenges/{challengeId}/bids")
	Mono<List<BidView>> forChallenge(Actor actor, @PathVariable UUID challengeId) {
		return this.queries.forChallenge(actor, challengeId);
	}

	@PutMapping("/api/bids/{id}")
	Mono<BidView> update(Actor actor, @PathVariable UUID id, @Valid @RequestBody BidRequest request) {
		return this.bids.update(actor, id, request);
	}

	@PostMapping("/api/bids/{id}/submit")
	Mono<BidView> submit(Actor actor, @PathVariable UUID id) {
		return this.bids.submit(actor, id);
	}

	@PostMapping("/api/bids/{id}/withdraw")
	Mono<BidView> withdraw(Actor actor, @PathVariable UUID id) {
		return this.bids.withdraw(actor, id);
	}

	@GetMapping("/api/bids/{id}")
	Mono<BidView> get(Actor actor, @PathVariable UUID id) {
		return this.queries.get(actor, id);
	}

	@GetMapping("/api/bids/{id}/receipt")
	Mono<ReceiptView> receipt(Actor actor, @PathVariable UUID id) {
		return this.queries.receipt(actor, id);
	}

	@GetMapping("/api/bids/{id}/verify")
	Mono<VerificationView> verify(Actor actor, @PathVariable UUID id) {
		return this.queries.verify(actor, id);
	}

	@GetMapping("/api/my/bids")
	Mono<List<BidView>> mine(Actor actor) {
		return this.queries.mine(actor);
	}

}
