package org.jiebang.attachment;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.Role;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.system.web.ProblemException;
import org.jiebang.system.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A challenge's documents are public when the challenge is; its firm changes them while the challenge is a
 * draft or was rejected, an administrator at any time.
 */
@Component
class ChallengeDocumentAccess implements AttachmentOwnerAccess {

	private final ChallengeService challenges;

	ChallengeDocumentAccess(ChallengeService challenges) {
		this.challenges = challenges;
	}

	@Override
	public OwnerType ownerType() {
		return OwnerType.CHALLENGE;
	}

	@Override
	public Mono<OwnerGrant> read(Actor actor, UUID challengeId) {
		return this.challenges.view(actor, challengeId).thenReturn(OwnerGrant.open(challengeId));
	}

	@Override
	public Mono<OwnerGrant> write(Actor actor, UUID challengeId) {
		return Mono.defer(() -> {
			actor.requireAuthenticated();
			return this.challenges.view(actor, challengeId).then(this.challenges.facts(challengeId));
		}).flatMap(challenge -> {
			if (actor.isAdmin()) {
				return Mono.just(OwnerGrant.open(challengeId));
			}
			if (!actor.is(Role.FIRM) || !actor.memberOf(challenge.organizationId())) {
				return Mono.error(Problems.forbidden());
			}
			if (!challenge.status().editableByFirm()) {
				return Mono.error(new ProblemException(HttpStatus.CONFLICT, "/problems/challenge-state",
						"problem.challenge-state", "attach", challenge.status())
					.with("challengeId", challengeId.toString())
					.with("status", challenge.status().name())
					.with("action", "attach"));
			}
			return Mono.just(OwnerGrant.open(challengeId));
		});
	}

}
