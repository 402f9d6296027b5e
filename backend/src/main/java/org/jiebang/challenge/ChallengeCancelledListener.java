package org.jiebang.challenge;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Work other features do when a challenge is cancelled, inside the transaction of the cancellation (a
 * proposed award is withdrawn, pending objections closed). Implemented by those features.
 */
public interface ChallengeCancelledListener {

	Mono<Void> challengeCancelled(UUID challengeId, ChallengeStatus previousStatus);

}
