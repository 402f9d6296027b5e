package org.jiebang.delivery;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The administrators' delivery board and termination. */
@RestController
class DeliveryAdminController {

	private final DeliveryService delivery;

	DeliveryAdminController(DeliveryService delivery) {
		this.delivery = delivery;
	}

	@GetMapping("/api/admin/delivery")
	Mono<List<DeliveryView>> board(Actor actor) {
		return this.delivery.board(actor);
	}

	@PostMapping("/api/admin/challenges/{id}/terminate")
	Mono<DeliveryView> terminate(Actor actor, @PathVariable UUID id, @Valid @RequestBody TerminateRequest request) {
		return this.delivery.terminate(actor, id, request);
	}

}
