package org.jiebang.challenge;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Work other features do when bidding on a challenge closes, inside the transaction of the close (notify
 * bidders, record matching ranks). Implemented by those features, so the challenge feature depends on none.
 */
public interface ChallengeClosedListener {

	Mono<Void> challengeClosed(UUID challengeId);

}
