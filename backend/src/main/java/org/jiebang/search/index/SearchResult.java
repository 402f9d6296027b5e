package org.jiebang.search.index;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits with the total and the facet counts.
 *
 * @param hits the page, best first
 * @param total how many documents match
 * @param facets per facet, its values with counts (a facet with a filter set counts as if it were unset, so
 *     other values stay selectable)
 */
public record SearchResult(List<Hit> hits, long total, Map<String, List<FacetCount>> facets) {

	/** A hit: the document id, its score (0 when sorted by a field), and highlighted fields. */
	public record Hit(String id, float score, Map<String, List<Segment>> highlights) {
	}

}
