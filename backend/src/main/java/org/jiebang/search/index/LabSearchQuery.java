package org.jiebang.search.index;

import java.util.Set;

/**
 * A lab directory search, from typed parameters only.
 *
 * @param text the user's words
 * @param fields research field codes (any of)
 * @param regions province codes (any of)
 * @param orgTypes organization types (any of)
 * @param sort order of results
 * @param offset results to skip
 * @param limit results to return
 */
public record LabSearchQuery(String text, Set<String> fields, Set<String> regions, Set<String> orgTypes, Sort sort,
		int offset, int limit) {

	/** Orders of lab results. */
	public enum Sort {

		RELEVANCE, NAME, NEWEST

	}

	public LabSearchQuery {
		fields = fields == null ? Set.of() : Set.copyOf(fields);
		regions = regions == null ? Set.of() : Set.copyOf(regions);
		orgTypes = orgTypes == null ? Set.of() : Set.copyOf(orgTypes);
		sort = sort == null ? Sort.RELEVANCE : sort;
	}

}
