package org.jiebang.challenge;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Work other features do when an administrator publishes a challenge, inside the approval transaction (push
 * matching: notify the best-matching labs). Implemented by those features.
 */
public interface ChallengePublishedListener {

	Mono<Void> challengePublished(UUID challengeId);

}
