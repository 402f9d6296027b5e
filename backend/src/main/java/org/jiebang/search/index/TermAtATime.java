package org.jiebang.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;
import org.jiebang.search.matching.SegmentNorms;

/**
 * The text query of a search ({@link QueryText#toQuery}) scored term at a time over a range of documents: each
 * clause's postings are read once, straight into per-document sums and counts of matched words, and the documents
 * that match enough words are then collected in document order. A query word becomes a disjunction of a dozen
 * clauses (per property: the word, its concepts, its bigrams), and a search a conjunction of those; Lucene's
 * document-at-a-time scorers spent most of a search moving these disjunctions' heaps (deploy/bench/RESULTS.md).
 * Scores are the same BM25 sums as the query's, added in another order (equal to the last bits of a float).
 *
 * <p>Prepared once per search (term statistics over the whole index), then used by any number of threads, each
 * scoring its own range.
 */
final class TermAtATime {

	/** Length norms of the searched segments, read once per segment and field (a byte per document and field). */
	private static final SegmentNorms NORMS = new SegmentNorms();

	/**
	 * A term with its state in each segment (by leaf ord; null where absent) and its BM25 scorer at its clause's
	 * boost.
	 */
	private record Scoring(Term term, TermState[] states, int docFreq, Similarity.SimScorer scorer) {
	}

	/** A term looked up in every segment: its state in each (null where absent) and its index-wide statistics. */
	private record Found(TermState[] states, int docFreq, long totalTermFreq) {
	}

	/** The clauses of each query word; a word whose clauses all miss the index keeps an empty list. */
	private final List<List<List<Scoring>>> words;

	/** Clauses that only add to the score, or match alone when there are no words. */
	private final List<List<Scoring>> loose;

	/** How many words a document must match; 1 with no words (one loose clause). */
	private final int required;

	private TermAtATime(List<List<List<Scoring>>> words, List<List<Scoring>> loose, int required) {
		this.words = words;
		this.loose = loose;
		this.required = required;
	}

	/** The text's clauses over the given properties, with statistics from the searcher; null for empty text. */
	static TermAtATime prepare(IndexSearcher searcher, QueryText text, Map<String, Float> boosts) throws IOException {
		List<List<QueryText.Clause>> wordClauses = text.wordClauses(boosts);
		List<QueryText.Clause> looseClauses = text.looseClauses(boosts);
		if (wordClauses.isEmpty() && looseClauses.isEmpty()) {
			return null;
		}
		Map<Term, Found> states = new HashMap<>();
		Map<String, CollectionStatistics> fields = new HashMap<>();
		List<List<List<Scoring>>> words = new ArrayList<>(wordClauses.size());
		for (List<QueryText.Clause> clauses : wordClauses) {
			List<List<Scoring>> word = new ArrayList<>(clauses.size());
			for (QueryText.Clause clause : clauses) {
				List<Scoring> scorings = scorings(searcher, clause, states, fields);
				if (scorings != null) {
					word.add(scorings);
				}
			}
			words.add(word);
		}
		List<List<Scoring>> loose = new ArrayList<>(looseClauses.size());
		for (QueryText.Clause clause : looseClauses) {
			List<Scoring> scorings = scorings(searcher, clause, states, fields);
			if (scorings != null) {
				loose.add(scorings);
			}
		}
		return new TermAtATime(words, loose, words.isEmpty() ? 1 : QueryText.required(words.size()));
	}

	/** The clause's terms with their scorers, rarest first; null when one of them is not in the index. */
	private static List<Scoring> scorings(IndexSearcher searcher, QueryText.Clause clause, Map<Term, Found> states,
			Map<String, CollectionStatistics> fields) throws IOException {
		List<Scoring> scorings = new ArrayList<>(clause.terms().size());
		for (Term term : clause.terms()) {
			Found found = states.get(term);
			if (found == null) {
				found = find(searcher, term);
				states.put(term, found);
			}
			if (found.docFreq() == 0) {
				return null;
			}
			CollectionStatistics collection = fields.computeIfAbsent(term.field(), field -> {
				try {
					return searcher.collectionStatistics(field);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			if (collection == null) {
				return null;
			}
			TermStatistics statistics = searcher.termStatistics(term, found.docFreq(), found.totalTermFreq());
			scorings.add(new Scoring(term, found.states(), found.docFreq(),
					searcher.getSimilarity().scorer(clause.boost(), collection, statistics)));
		}
		scorings.sort(Comparator.comparingInt(Scoring::docFreq));
		return scorings;
	}

	/**
	 * The term in every segment, looked up once: {@link TermStates} would look it up again, from the field's name
	 * on, in each part for each segment that lacks it.
	 */
	private static Found find(IndexSearcher searcher, Term term) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		TermState[] states = new TermState[leaves.size()];
		int docFreq = 0;
		long totalTermFreq = 0;
		for (LeafReaderContext leaf : leaves) {
			Terms terms = leaf.reader().terms(term.field());
			if (terms == null) {
				continue;
			}
			TermsEnum termsEnum = terms.iterator();
			if (termsEnum.seekExact(term.bytes())) {
				states[leaf.ord] = termsEnum.termState();
				docFreq += termsEnum.docFreq();
				totalTermFreq += termsEnum.totalTermFreq();
			}
		}
		return new Found(states, docFreq, totalTermFreq);
	}

	/** The scores of documents {@code [lo, hi)} of a segment and how many words each matched. */
	static final class Scores {

		private final LeafReaderContext leaf;

		private final int lo;

		private final double[] sums;

		private final byte[] matched;

		private Scores(LeafReaderContext leaf, int lo, int width) {
			this.leaf = leaf;
			this.lo = lo;
			this.sums = new double[width];
			this.matched = new byte[width];
		}

	}

	/** Scores documents {@code [lo, hi)} of the leaf: every clause's postings in the range, once. */
	Scores score(LeafReaderContext leaf, int lo, int hi) throws IOException {
		int width = hi - lo;
		Scores scores = new Scores(leaf, lo, width);
		double[] sums = scores.sums;
		byte[] matched = scores.matched;
		// Which word last counted a document, so that a word's several clauses count it once.
		int[] counted = new int[width];
		Map<String, TermsEnum> enums = new HashMap<>();
		if (this.words.isEmpty()) {
			// Without words, any loose clause matches: they all count as one word.
			for (List<Scoring> clause : this.loose) {
				score(leaf, lo, hi, clause, enums, sums, matched, counted, 1);
			}
		}
		else {
			for (int w = 0; w < this.words.size(); w++) {
				for (List<Scoring> clause : this.words.get(w)) {
					score(leaf, lo, hi, clause, enums, sums, matched, counted, w + 1);
				}
			}
			for (List<Scoring> clause : this.loose) {
				score(leaf, lo, hi, clause, enums, sums, null, null, 0);
			}
		}
		return scores;
	}

	/**
	 * Collects, in document order, the scored documents that are live, match enough words and are
	 * {@code accepted} by the filter (an iterator over the segment's documents, not yet used; {@code null}: all).
	 * One scoring serves several collections: a search's page and the sideways counts of its filtered facets
	 * differ only in their filters.
	 */
	void collect(Scores scores, DocIdSetIterator accepted, LeafCollector collector) throws IOException {
		double[] sums = scores.sums;
		byte[] matched = scores.matched;
		int lo = scores.lo;
		Bits live = scores.leaf.reader().getLiveDocs();
		Score scorable = new Score();
		collector.setScorer(scorable);
		for (int i = 0; i < sums.length; i++) {
			if (matched[i] < this.required) {
				continue;
			}
			int doc = lo + i;
			if (live != null && !live.get(doc)) {
				continue;
			}
			if (accepted != null) {
				if (accepted.docID() < doc) {
					accepted.advance(doc);
				}
				if (accepted.docID() != doc) {
					continue;
				}
			}
			scorable.doc = doc;
			scorable.score = (float) sums[i];
			collector.collect(doc);
		}
	}

	/**
	 * Adds the clause's score of each document of {@code [lo, hi)} holding every one of its terms into
	 * {@code sums}, and counts the document once for word {@code stamp} in {@code matched} (unless {@code matched}
	 * is null: a clause that only adds). A single term's postings are read straight through; a conjunction (a
	 * word's bigrams) leads with its rarest term and advances the others to it.
	 */
	private static void score(LeafReaderContext leaf, int lo, int hi, List<Scoring> clause,
			Map<String, TermsEnum> enums, double[] sums, byte[] matched, int[] counted, int stamp) throws IOException {
		int size = clause.size();
		PostingsEnum[] postings = new PostingsEnum[size];
		byte[][] norms = new byte[size][];
		for (int t = 0; t < size; t++) {
			Scoring scoring = clause.get(t);
			TermState state = scoring.states()[leaf.ord];
			if (state == null) {
				return;
			}
			String field = scoring.term().field();
			TermsEnum termsEnum = enums.get(field);
			if (termsEnum == null) {
				Terms terms = leaf.reader().terms(field);
				if (terms == null) {
					return;
				}
				termsEnum = terms.iterator();
				enums.put(field, termsEnum);
			}
			termsEnum.seekExact(scoring.term().bytes(), state);
			postings[t] = termsEnum.postings(null, PostingsEnum.FREQS);
			norms[t] = NORMS.of(leaf.reader(), field);
		}
		PostingsEnum lead = postings[0];
		int doc = lo == 0 ? lead.nextDoc() : lead.advance(lo);
		if (size == 1) {
			Similarity.SimScorer scorer = clause.get(0).scorer();
			byte[] norm = norms[0];
			for (; doc < hi; doc = lead.nextDoc()) {
				int i = doc - lo;
				sums[i] += scorer.score(lead.freq(), norm[doc]);
				if (matched != null && counted[i] != stamp) {
					counted[i] = stamp;
					matched[i]++;
				}
			}
			return;
		}
		while (doc < hi) {
			int next = doc;
			for (int t = 1; t < size && next == doc; t++) {
				int other = postings[t].docID() < doc ? postings[t].advance(doc) : postings[t].docID();
				if (other > doc) {
					next = other;
				}
			}
			if (next != doc) {
				doc = next >= hi ? DocIdSetIterator.NO_MORE_DOCS : lead.advance(next);
				continue;
			}
			double sum = 0;
			for (int t = 0; t < size; t++) {
				sum += clause.get(t).scorer().score(postings[t].freq(), norms[t][doc]);
			}
			int i = doc - lo;
			sums[i] += (float) sum;
			if (matched != null && counted[i] != stamp) {
				counted[i] = stamp;
				matched[i]++;
			}
			doc = lead.nextDoc();
		}
	}

	/** The score of the document being collected. */
	private static final class Score extends Scorable {

		private int doc = -1;

		private float score;

		@Override
		public float score() {
			return this.score;
		}

		@Override
		public int docID() {
			return this.doc;
		}

	}

}
