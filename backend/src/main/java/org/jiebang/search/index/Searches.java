package org.jiebang.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

import org.jiebang.search.matching.Parts;

/**
 * Runs challenge and lab searches on a searcher: the text query with filters, one pass that collects the page
 * and the facet counts, one more count per facet that has a filter set (so its other values keep their
 * counts), and highlights for the page. The text is scored term at a time ({@link TermAtATime}). On a large
 * index each pass is split by document range among the cores ({@link Parts}).
 */
public final class Searches {

	static final Map<String, Float> CHALLENGE_BOOSTS = ordered(SearchFields.TITLE, 3f, SearchFields.SUMMARY, 1.5f,
			SearchFields.DETAILS, 1.2f, SearchFields.DESCRIPTION, 1f);

	static final Map<String, Float> LAB_BOOSTS = ordered(SearchFields.NAME, 2f, SearchFields.CAPABILITIES, 1.5f,
			SearchFields.RECORD, 1.2f, SearchFields.SUMMARY, 1f);

	public static final List<String> CHALLENGE_FACETS = List.of(SearchFields.CHAIN, SearchFields.TYPE,
			SearchFields.REGION, SearchFields.STATUS);

	public static final List<String> LAB_FACETS = List.of(SearchFields.FIELD, SearchFields.REGION,
			SearchFields.ORG_TYPE);

	/** How deep results may be paged; beyond it a search is refused by the caller. */
	public static final int MAX_WINDOW = 10_000;

	private static final int TOTAL_HITS_THRESHOLD = 1000;

	private Searches() {
	}

	public static SearchResult challenges(IndexSearcher searcher, Analyzer analyzer, ChallengeSearchQuery query)
			throws IOException {
		return challenges(searcher, analyzer, query, Parts.of(searcher.getIndexReader()), Evaluation.TERMS);
	}

	/** How the text query is scored: term at a time (searches), or by Lucene's scorers (what tests compare with). */
	enum Evaluation {

		/** Term at a time in windows of {@link TermAtATime#WINDOW} documents. */
		TERMS(TermAtATime.WINDOW),

		/** Term at a time in windows of a few dozen documents, so that tests cross many window boundaries. */
		TERMS_IN_SMALL_WINDOWS(61),

		/** Lucene's scorers for {@link QueryText#toQuery}. */
		QUERY(0);

		private final int window;

		Evaluation(int window) {
			this.window = window;
		}

	}

	/**
	 * As {@link #challenges(IndexSearcher, Analyzer, ChallengeSearchQuery)}, in {@code parts} parts, the text scored
	 * as {@code evaluation} says.
	 */
	static SearchResult challenges(IndexSearcher searcher, Analyzer analyzer, ChallengeSearchQuery query, int parts,
			Evaluation evaluation) throws IOException {
		QueryText text = QueryText.analyze(analyzer, query.text());
		Map<String, Query> filters = new LinkedHashMap<>();
		terms(filters, SearchFields.CHAIN, query.chains());
		terms(filters, SearchFields.TYPE, query.types());
		terms(filters, SearchFields.REGION, query.regions());
		terms(filters, SearchFields.STATUS, query.statuses());
		List<Query> ranges = new ArrayList<>();
		if (query.bountyMinFen() != null || query.bountyMaxFen() != null) {
			ranges.add(LongPoint.newRangeQuery(SearchFields.BOUNTY,
					query.bountyMinFen() == null ? Long.MIN_VALUE : query.bountyMinFen(),
					query.bountyMaxFen() == null ? Long.MAX_VALUE : query.bountyMaxFen()));
		}
		if (query.deadlineFromMillis() != null || query.deadlineToMillis() != null) {
			ranges.add(LongPoint.newRangeQuery(SearchFields.DEADLINE,
					query.deadlineFromMillis() == null ? Long.MIN_VALUE : query.deadlineFromMillis(),
					query.deadlineToMillis() == null ? Long.MAX_VALUE : query.deadlineToMillis() - 1));
		}
		Sort sort = switch (query.sort()) {
			case RELEVANCE -> text.isEmpty() ? newest(SearchFields.PUBLISHED) : null;
			case DEADLINE -> new Sort(missingLast(new SortField(SearchFields.DEADLINE, SortField.Type.LONG)),
					SortField.FIELD_DOC);
			case BOUNTY -> new Sort(new SortField(SearchFields.BOUNTY, SortField.Type.LONG, true), SortField.FIELD_DOC);
			case NEWEST -> newest(SearchFields.PUBLISHED);
		};
		return run(searcher, parts, evaluation, text, CHALLENGE_BOOSTS, filters, ranges, sort, CHALLENGE_FACETS,
				query.offset(), query.limit(),
				List.of(SearchFields.TITLE, SearchFields.SUMMARY, SearchFields.DESCRIPTION));
	}

	public static SearchResult labs(IndexSearcher searcher, Analyzer analyzer, LabSearchQuery query)
			throws IOException {
		QueryText text = QueryText.analyze(analyzer, query.text());
		Map<String, Query> filters = new LinkedHashMap<>();
		terms(filters, SearchFields.FIELD, query.fields());
		terms(filters, SearchFields.REGION, query.regions());
		terms(filters, SearchFields.ORG_TYPE, query.orgTypes());
		Sort sort = switch (query.sort()) {
			case RELEVANCE -> text.isEmpty() ? newest(SearchFields.UPDATED) : null;
			case NAME -> new Sort(new SortField(SearchFields.SORT_NAME, SortField.Type.STRING), SortField.FIELD_DOC);
			case NEWEST -> newest(SearchFields.UPDATED);
		};
		return run(searcher, Parts.of(searcher.getIndexReader()), Evaluation.TERMS, text, LAB_BOOSTS, filters,
				List.of(), sort, LAB_FACETS, query.offset(), query.limit(),
				List.of(SearchFields.NAME, SearchFields.SUMMARY, SearchFields.CAPABILITIES));
	}

	/** How many documents the searcher holds. */
	public static int count(IndexSearcher searcher) {
		return searcher.getIndexReader().numDocs();
	}

	private static SearchResult run(IndexSearcher searcher, int parts, Evaluation evaluation, QueryText text,
			Map<String, Float> boosts, Map<String, Query> filters, List<Query> ranges, Sort sort, List<String> facets,
			int offset, int limit, List<String> highlighted) throws IOException {
		// One of the two: the query for Lucene's scorers, or its clauses term at a time (null, both, for no text).
		Query scoring = evaluation == Evaluation.QUERY ? text.toQuery(boosts) : null;
		TermAtATime terms = evaluation == Evaluation.QUERY ? null
				: TermAtATime.prepare(searcher, text, boosts, evaluation.window);
		int window = Math.max(1, Math.min(MAX_WINDOW, offset + limit));
		// The page and the facet counts, then for each facet with a filter set its counts without that filter (so
		// its other values keep their counts): collections that differ only in their filters, from one scoring.
		List<Job> jobs = new ArrayList<>();
		jobs.add(new Job(filters.values(), () -> new Pass(sort == null
				? TopScoreDocCollector.create(window, TOTAL_HITS_THRESHOLD)
				: TopFieldCollector.create(sort, window, TOTAL_HITS_THRESHOLD), new FacetCounts(facets))));
		List<String> sideways = facets.stream().filter(filters::containsKey).toList();
		for (String dim : sideways) {
			Map<String, Query> others = new LinkedHashMap<>(filters);
			others.remove(dim);
			jobs.add(new Job(others.values(), () -> new Pass(null, new FacetCounts(List.of(dim)))));
		}
		List<List<Pass>> collected = collect(searcher, parts, scoring, terms, ranges, jobs);
		List<Pass> passes = collected.get(0);
		FacetCounts counts = FacetCounts.merge(passes.stream().map(Pass::counts).toList());
		Map<String, List<FacetCount>> facetCounts = new LinkedHashMap<>();
		for (String dim : facets) {
			int job = sideways.indexOf(dim) + 1;
			facetCounts.put(dim, job == 0 ? counts.counts(dim)
					: FacetCounts.merge(collected.get(job).stream().map(Pass::counts).toList()).counts(dim));
		}
		TopDocs docs = page(passes, sort, offset, limit);
		List<SearchResult.Hit> hits = new ArrayList<>(docs.scoreDocs.length);
		var stored = searcher.storedFields();
		for (ScoreDoc scoreDoc : docs.scoreDocs) {
			Document document = stored.document(scoreDoc.doc);
			Map<String, List<Segment>> highlights = new LinkedHashMap<>();
			for (String field : highlighted) {
				List<Segment> segments = Highlighter.highlight(document.get(SearchFields.stored(field)), text);
				if (!segments.isEmpty()) {
					highlights.put(field, segments);
				}
			}
			float score = Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score;
			hits.add(new SearchResult.Hit(document.get(SearchFields.ID), score, highlights));
		}
		return new SearchResult(hits, counts.total(), facetCounts);
	}

	/** What one part of a search collects: the best of its documents (unless only counting) and facet counts. */
	private record Pass(TopDocsCollector<?> top, FacetCounts counts) {

		Collector collector() {
			return this.top == null ? this.counts : MultiCollector.wrap(this.top, this.counts);
		}

	}

	/** One collection of a search: the facet filters that restrict it (with the search's ranges) and its collectors. */
	private record Job(Collection<Query> filters, Supplier<Pass> pass) {
	}

	/**
	 * Runs the search's collections over every live document, a part per core on a large index: each part scores
	 * its own range of document ids into its own collectors, segment by segment; for each job, the parts come back
	 * in document order. The text is scored term at a time when {@code terms} is given, once for all the jobs;
	 * otherwise each job runs Lucene's scorers for {@code scoring} (all documents when that is null) with its
	 * filters.
	 */
	private static List<List<Pass>> collect(IndexSearcher searcher, int parts, Query scoring, TermAtATime terms,
			List<Query> ranges, List<Job> jobs) throws IOException {
		IndexReader reader = searcher.getIndexReader();
		List<Weight> weights = new ArrayList<>(jobs.size());
		for (Job job : jobs) {
			if (terms == null) {
				ScoreMode mode = job.pass().get().collector().scoreMode();
				weights.add(searcher.createWeight(searcher.rewrite(combine(scoring, job.filters(), ranges)), mode, 1f));
			}
			else {
				weights.add(job.filters().isEmpty() && ranges.isEmpty() ? null
						: searcher.createWeight(searcher.rewrite(combine(null, job.filters(), ranges)),
								ScoreMode.COMPLETE_NO_SCORES, 1f));
			}
		}
		List<List<Pass>> byPart = Parts.split(reader.maxDoc(), parts, Parts.POOL, (from, to) -> {
			List<Pass> mine = jobs.stream().map(job -> job.pass().get()).toList();
			for (LeafReaderContext leaf : reader.leaves()) {
				int lo = Math.max(0, from - leaf.docBase);
				int hi = Math.min(leaf.reader().maxDoc(), to - leaf.docBase);
				if (lo >= hi) {
					continue;
				}
				if (terms != null) {
					collectScored(terms, leaf, lo, hi, weights, mine);
					continue;
				}
				for (int j = 0; j < jobs.size(); j++) {
					LeafCollector collector = mine.get(j).collector().getLeafCollector(leaf);
					BulkScorer scorer = weights.get(j).bulkScorer(leaf);
					if (scorer != null) {
						scorer.score(collector, leaf.reader().getLiveDocs(), lo, hi);
					}
					collector.finish();
				}
			}
			return mine;
		});
		List<List<Pass>> byJob = new ArrayList<>(jobs.size());
		for (int j = 0; j < jobs.size(); j++) {
			int job = j;
			byJob.add(byPart.stream().map(part -> part.get(job)).toList());
		}
		return byJob;
	}

	/** Scores a segment's range once (unless no job's filter accepts anything there) and collects it per job. */
	private static void collectScored(TermAtATime terms, LeafReaderContext leaf, int lo, int hi, List<Weight> filters,
			List<Pass> passes) throws IOException {
		List<DocIdSetIterator> accepted = new ArrayList<>(filters.size());
		List<LeafCollector> collectors = new ArrayList<>(filters.size());
		List<LeafCollector> all = new ArrayList<>(filters.size());
		for (int j = 0; j < filters.size(); j++) {
			Weight filter = filters.get(j);
			Scorer scorer = filter == null ? null : filter.scorer(leaf);
			LeafCollector collector = passes.get(j).collector().getLeafCollector(leaf);
			all.add(collector);
			if (filter == null || scorer != null) {
				accepted.add(scorer == null ? null : scorer.iterator());
				collectors.add(collector);
			}
		}
		if (!collectors.isEmpty()) {
			terms.collect(leaf, lo, hi, accepted.toArray(DocIdSetIterator[]::new),
					collectors.toArray(LeafCollector[]::new));
		}
		for (LeafCollector collector : all) {
			collector.finish();
		}
	}

	/** The page of the parts' best: by score or by the sort, equal ones in document order (the parts' order). */
	private static TopDocs page(List<Pass> passes, Sort sort, int offset, int limit) {
		if (passes.size() == 1) {
			return passes.get(0).top().topDocs(offset, limit);
		}
		if (sort == null) {
			return TopDocs.merge(offset, limit, passes.stream().map(pass -> pass.top().topDocs()).toArray(TopDocs[]::new));
		}
		return TopDocs.merge(sort, offset, limit,
				passes.stream().map(pass -> (TopFieldDocs) pass.top().topDocs()).toArray(TopFieldDocs[]::new));
	}

	private static Query combine(Query scoring, Collection<Query> filters, List<Query> ranges) {
		if (scoring == null && filters.isEmpty() && ranges.isEmpty()) {
			return new MatchAllDocsQuery();
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		builder.add(scoring == null ? new MatchAllDocsQuery() : scoring, BooleanClause.Occur.MUST);
		filters.forEach(filter -> builder.add(filter, BooleanClause.Occur.FILTER));
		ranges.forEach(range -> builder.add(range, BooleanClause.Occur.FILTER));
		return builder.build();
	}

	private static void terms(Map<String, Query> filters, String field, Collection<String> values) {
		if (values.isEmpty()) {
			return;
		}
		if (values.size() == 1) {
			filters.put(field, new TermQuery(new Term(field, values.iterator().next())));
		}
		else {
			filters.put(field, new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()));
		}
	}

	private static Sort newest(String field) {
		return new Sort(new SortField(field, SortField.Type.LONG, true), SortField.FIELD_DOC);
	}

	private static SortField missingLast(SortField field) {
		field.setMissingValue(Long.MAX_VALUE);
		return field;
	}

	private static Map<String, Float> ordered(Object... pairs) {
		Map<String, Float> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (Float) pairs[i + 1]);
		}
		return map;
	}

}
