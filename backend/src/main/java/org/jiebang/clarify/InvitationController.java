package org.jiebang.clarify;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Firms inviting labs to bid; labs reading their invitations. */
@RestController
class InvitationController {

	private final InvitationService invitations;

	InvitationController(InvitationService invitations) {
		this.invitations = invitations;
	}

	/** 201 for a new invitation, 200 with the existing one when the lab was invited before. */
	@PostMapping("/api/challenges/{id}/invitations")
	Mono<ResponseEntity<InvitationView>> invite(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody InviteRequest request) {
		return this.invitations.invite(actor, id, request)
			.map(invited -> ResponseEntity.status(invited.created() ? HttpStatus.CREATED : HttpStatus.OK)
				.body(invited.invitation()));
	}

	@GetMapping("/api/challenges/{id}/invitations")
	Mono<List<InvitationView>> forChallenge(Actor actor, @PathVariable UUID id) {
		return this.invitations.forChallenge(actor, id);
	}

	@GetMapping("/api/my/invitations")
	Mono<List<InvitationView>> mine(Actor actor) {
		return this.invitations.mine(actor);
	}

}
