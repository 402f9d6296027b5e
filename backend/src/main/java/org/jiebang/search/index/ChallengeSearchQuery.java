package org.jiebang.search.index;

import java.util.Set;

/**
 * A challenge search, from typed parameters only.
 *
 * @param text the user's words (any string; see {@link QueryText})
 * @param chains industry chain codes (any of)
 * @param types challenge types (any of)
 * @param regions province codes (any of)
 * @param statuses lifecycle states (any of)
 * @param bountyMinFen lowest bounty in fen, or {@code null}
 * @param bountyMaxFen highest bounty in fen, or {@code null}
 * @param deadlineFromMillis earliest deadline, or {@code null}
 * @param deadlineToMillis latest deadline (exclusive), or {@code null}
 * @param sort order of results
 * @param offset results to skip
 * @param limit results to return
 */
public record ChallengeSearchQuery(String text, Set<String> chains, Set<String> types, Set<String> regions,
		Set<String> statuses, Long bountyMinFen, Long bountyMaxFen, Long deadlineFromMillis, Long deadlineToMillis,
		Sort sort, int offset, int limit) {

	/** Orders of challenge results. */
	public enum Sort {

		RELEVANCE, DEADLINE, BOUNTY, NEWEST

	}

	public ChallengeSearchQuery {
		chains = chains == null ? Set.of() : Set.copyOf(chains);
		types = types == null ? Set.of() : Set.copyOf(types);
		regions = regions == null ? Set.of() : Set.copyOf(regions);
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
		sort = sort == null ? Sort.RELEVANCE : sort;
	}

	/** Only words, first page of 20, by relevance. */
	public static ChallengeSearchQuery text(String text) {
		return new ChallengeSearchQuery(text, null, null, null, null, null, null, null, null, Sort.RELEVANCE, 0, 20);
	}

}
