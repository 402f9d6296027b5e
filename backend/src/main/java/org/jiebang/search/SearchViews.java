package org.jiebang.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jiebang.challenge.ChallengeSummaryView;
import org.jiebang.lab.LabProfileView;
import org.jiebang.search.index.FacetCount;
import org.jiebang.search.index.Segment;
import org.jiebang.search.matching.MatchExplanation;

/** What the search and matching API answers. */
public final class SearchViews {

	private SearchViews() {
	}

	/**
	 * One page of search results.
	 *
	 * @param items the page, best first
	 * @param total matching documents
	 * @param page 1-based page
	 * @param size page size
	 * @param facets per facet, values with counts
	 */
	public record SearchPage<T>(List<T> items, long total, int page, int size, Map<String, List<FacetCount>> facets) {
	}

	/** A challenge found, with the query's words marked in title, summary and description. */
	public record ChallengeHit(ChallengeSummaryView challenge, double score, Map<String, List<Segment>> highlights) {
	}

	/** A lab found, with the query's words marked in name, summary and capabilities. */
	public record LabHit(LabProfileView lab, double score, Map<String, List<Segment>> highlights) {
	}

	/** A lab ranked for a challenge, and why. */
	public record LabMatch(LabProfileView lab, double score, MatchExplanation explanation) {
	}

	/** An open challenge ranked for a lab, and why. */
	public record ChallengeMatch(ChallengeSummaryView challenge, double score, MatchExplanation explanation) {
	}

	/** Ranked matches, best first. */
	public record Matches<T>(List<T> items) {
	}

	/**
	 * The state of this instance's index.
	 *
	 * @param schemaVersion the layout version of the index
	 * @param state READY when a complete index serves, BUILDING while the first one is built
	 * @param documents indexed challenges and labs
	 * @param outbox applied position, newest row, and the rows between
	 * @param rebuild the last or running rebuild, if any
	 */
	public record IndexStatus(String schemaVersion, String state, Documents documents, Outbox outbox,
			Rebuild rebuild) {
	}

	public record Documents(long challenges, long labs) {
	}

	public record Outbox(long position, long head, long lag) {
	}

	public record Rebuild(boolean running, Instant startedAt, Instant finishedAt, long processed, long total,
			String error) {
	}

}
