package org.jiebang.challenge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * Typed filters of challenge lists; every value is bound as a parameter.
 *
 * @param q words in the title or summary
 * @param industryChain chain code
 * @param challengeType kind
 * @param province region code
 * @param statuses allowed states
 * @param minBounty smallest bounty
 * @param maxBounty largest bounty
 * @param deadlineFrom earliest deadline
 * @param deadlineTo latest deadline
 * @param organizationId only this organization's
 * @param openAt only open for bids at this instant
 * @param publishedOnly only challenges that were published
 * @param sort order of the list
 */
public record ChallengeFilter(String q, String industryChain, ChallengeType challengeType, String province,
		Collection<ChallengeStatus> statuses, BigDecimal minBounty, BigDecimal maxBounty, Instant deadlineFrom,
		Instant deadlineTo, UUID organizationId, Instant openAt, boolean publishedOnly, Sort sort) {

	/** Orders of challenge lists. */
	public enum Sort {

		NEWEST, DEADLINE, BOUNTY, OLDEST_SUBMITTED

	}

}
