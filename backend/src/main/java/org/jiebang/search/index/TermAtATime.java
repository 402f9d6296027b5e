package org.jiebang.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The text query of a search ({@link QueryText#toQuery}) scored term at a time over a range of documents, a window
 * of a few thousand at a time: each clause's postings are read once, straight into per-document sums and counts of
 * matched words that fit in the core's cache, and the window's documents that match enough words are then
 * collected in document order. A query word becomes a disjunction of a dozen
 * clauses (per property: the word, its concepts, its bigrams), and a search a conjunction of those; Lucene's
 * document-at-a-time scorers spent most of a search moving these disjunctions' heaps (deploy/bench/RESULTS.md).
 * Scores are the same BM25 sums as the query's, added in another order (equal to the last bits of a float).
 *
 * <p>Prepared once per search (term statistics over the whole index), then used by any number of threads, each
 * scoring its own range.
 */
final class TermAtATime {

	/** Documents scored at a time: their sums and counts stay in the core's first-level cache. */
	static final int WINDOW = 2048;

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

	/** Documents scored at a time. */
	private final int window;

	private TermAtATime(List<List<List<Scoring>>> words, List<List<Scoring>> loose, int required, int window) {
		this.words = words;
		this.loose = loose;
		this.required = required;
		this.window = window;
	}

	/**
	 * The text's clauses over the given properties, with statistics from the searcher, scored {@code window}
	 * documents at a time; null for empty text.
	 */
	static TermAtATime prepare(IndexSearcher searcher, QueryText text, Map<String, Float> boosts, int window)
			throws IOException {
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
		return new TermAtATime(words, loose, words.isEmpty() ? 1 : QueryText.required(words.size()), window);
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
			CollectionStatistics collection = fields.get(term.field());
			if (collection == null) {
				collection = searcher.collectionStatistics(term.field());
				fields.put(term.field(), collection);
			}
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

	/**
	 * Scores documents {@code [lo, hi)} of the leaf and collects, in document order, those that are live, match
	 * enough words and are accepted by the filter of their collector ({@code accepted[j]}: an iterator over the
	 * segment's documents, not yet used; null for all). The range is scored a window at a time: every clause adds
	 * the window's postings into sums that stay in the core's cache, then the window is collected. One scoring
	 * serves several collections: a search's page and the sideways counts of its filtered facets differ only in
	 * their filters.
	 */
	void collect(LeafReaderContext leaf, int lo, int hi, DocIdSetIterator[] accepted, LeafCollector[] collectors)
			throws IOException {
		Map<String, TermsEnum> enums = new HashMap<>();
		List<List<Postings>> words = new ArrayList<>(this.words.size());
		for (List<List<Scoring>> word : this.words) {
			words.add(open(leaf, word, enums));
		}
		List<Postings> loose = open(leaf, this.loose, enums);
		Score scorable = new Score();
		for (LeafCollector collector : collectors) {
			collector.setScorer(scorable);
		}
		Bits live = leaf.reader().getLiveDocs();
		double[] sums = new double[this.window];
		byte[] matched = new byte[this.window];
		// Which word last counted a document, so that a word's several clauses count it once.
		byte[] counted = new byte[this.window];
		for (int start = lo; start < hi; start += this.window) {
			int end = Math.min(hi, start + this.window);
			int width = end - start;
			Arrays.fill(sums, 0, width, 0.0);
			Arrays.fill(matched, 0, width, (byte) 0);
			Arrays.fill(counted, 0, width, (byte) 0);
			if (words.isEmpty()) {
				// Without words, any loose clause matches: they all count as one word.
				for (Postings clause : loose) {
					clause.add(start, end, sums, matched, counted, (byte) 1);
				}
			}
			else {
				for (int w = 0; w < words.size(); w++) {
					for (Postings clause : words.get(w)) {
						clause.add(start, end, sums, matched, counted, (byte) (w + 1));
					}
				}
				for (Postings clause : loose) {
					clause.add(start, end, sums, null, null, (byte) 0);
				}
			}
			for (int i = 0; i < width; i++) {
				if (matched[i] < this.required) {
					continue;
				}
				int doc = start + i;
				if (live != null && !live.get(doc)) {
					continue;
				}
				scorable.doc = doc;
				scorable.score = (float) sums[i];
				for (int j = 0; j < collectors.length; j++) {
					DocIdSetIterator filter = accepted[j];
					if (filter != null) {
						if (filter.docID() < doc) {
							filter.advance(doc);
						}
						if (filter.docID() != doc) {
							continue;
						}
					}
					collectors[j].collect(doc);
				}
			}
		}
	}

	/** The clauses' postings in the segment; a clause with a term the segment lacks is left out. */
	private static List<Postings> open(LeafReaderContext leaf, List<List<Scoring>> clauses, Map<String, TermsEnum> enums)
			throws IOException {
		List<Postings> open = new ArrayList<>(clauses.size());
		for (List<Scoring> clause : clauses) {
			Postings postings = Postings.open(leaf, clause, enums);
			if (postings != null) {
				open.add(postings);
			}
		}
		return open;
	}

	/**
	 * One clause's postings in a segment, read forwards window after window. A single term's postings are read
	 * straight through; a conjunction (a word's bigrams) leads with its rarest term and advances the others to it.
	 */
	private static final class Postings {

		private final PostingsEnum[] postings;

		private final byte[][] norms;

		private final Similarity.SimScorer[] scorers;

		private Postings(PostingsEnum[] postings, byte[][] norms, Similarity.SimScorer[] scorers) {
			this.postings = postings;
			this.norms = norms;
			this.scorers = scorers;
		}

		static Postings open(LeafReaderContext leaf, List<Scoring> clause, Map<String, TermsEnum> enums)
				throws IOException {
			int size = clause.size();
			PostingsEnum[] postings = new PostingsEnum[size];
			byte[][] norms = new byte[size][];
			Similarity.SimScorer[] scorers = new Similarity.SimScorer[size];
			for (int t = 0; t < size; t++) {
				Scoring scoring = clause.get(t);
				TermState state = scoring.states()[leaf.ord];
				if (state == null) {
					return null;
				}
				String field = scoring.term().field();
				TermsEnum termsEnum = enums.get(field);
				if (termsEnum == null) {
					Terms terms = leaf.reader().terms(field);
					if (terms == null) {
						return null;
					}
					termsEnum = terms.iterator();
					enums.put(field, termsEnum);
				}
				termsEnum.seekExact(scoring.term().bytes(), state);
				postings[t] = termsEnum.postings(null, PostingsEnum.FREQS);
				norms[t] = NORMS.of(leaf.reader(), field);
				scorers[t] = scoring.scorer();
			}
			return new Postings(postings, norms, scorers);
		}

		/**
		 * Adds the clause's score of each document of {@code [start, end)} holding every one of its terms into
		 * {@code sums} (indexed from {@code start}), and counts the document once for word {@code stamp} in
		 * {@code matched} (unless {@code matched} is null: a clause that only adds).
		 */
		void add(int start, int end, double[] sums, byte[] matched, byte[] counted, byte stamp) throws IOException {
			PostingsEnum lead = this.postings[0];
			int doc = lead.docID() < start ? lead.advance(start) : lead.docID();
			if (this.postings.length == 1) {
				Similarity.SimScorer scorer = this.scorers[0];
				byte[] norm = this.norms[0];
				for (; doc < end; doc = lead.nextDoc()) {
					int i = doc - start;
					sums[i] += scorer.score(lead.freq(), norm[doc]);
					if (matched != null && counted[i] != stamp) {
						counted[i] = stamp;
						matched[i]++;
					}
				}
				return;
			}
			while (doc < end) {
				int next = doc;
				for (int t = 1; t < this.postings.length && next == doc; t++) {
					PostingsEnum other = this.postings[t];
					int at = other.docID() < doc ? other.advance(doc) : other.docID();
					if (at > doc) {
						next = at;
					}
				}
				if (next != doc) {
					doc = next == DocIdSetIterator.NO_MORE_DOCS ? next : lead.advance(next);
					continue;
				}
				double sum = 0;
				for (int t = 0; t < this.postings.length; t++) {
					sum += this.scorers[t].score(this.postings[t].freq(), this.norms[t][doc]);
				}
				int i = doc - start;
				sums[i] += (float) sum;
				if (matched != null && counted[i] != stamp) {
					counted[i] = stamp;
					matched[i]++;
				}
				doc = lead.nextDoc();
			}
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
