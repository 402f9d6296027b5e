package org.jiebang.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jiebang.challenge.ChallengeFacts;
import org.jiebang.challenge.ChallengeStatus;

/**
 * A challenge as evaluation views name it.
 *
 * @param id the challenge
 * @param title title
 * @param status state
 * @param bounty bounty
 * @param closedAt close of bidding
 */
public record ChallengeRef(UUID id, String title, ChallengeStatus status, BigDecimal bounty, Instant closedAt) {

	static ChallengeRef of(ChallengeFacts facts) {
		return new ChallengeRef(facts.id(), facts.title(), facts.status(), facts.bounty(), facts.closedAt());
	}

}
