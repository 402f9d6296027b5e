package org.jiebang.search.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;

/**
 * A weighted disjunction of terms — the text relevance of matching — and its exhaustive top documents.
 *
 * <p>The score of a document is the sum, over the terms it contains, of the term's boost × the searcher's
 * similarity (BM25), what a {@link BooleanQuery} of boosted {@link TermQuery} SHOULD clauses scores. It is
 * computed term at a time: each posting list is read once, straight into one score per document of the segment,
 * with the segment's length norms read into an array once per segment ({@link SegmentNorms}). With the hundreds
 * of clauses a profile becomes, Lucene's document-at-a-time scorers spend most of their time on per-clause
 * bookkeeping (and max-score pruning re-sorts the clauses at every window); this does none of it.
 *
 * <p>With {@code candidates} set and some terms marked as not retrieving, ranking takes two stages: the
 * retrieving terms (the most telling ones) score every document and keep the best {@code candidates}; every
 * term then scores only those, by advancing its postings to them, instead of adding its whole posting list into
 * every document's sum. Most of a long profile's postings belong to its common words, so this reads a fraction
 * of them. A candidate's score is exactly its one-stage score; what two stages can miss is a document that none
 * of the retrieving terms ranks among the candidates (measured with {@code deploy/bench/relevance}). When the
 * retrieving terms find no more documents than {@code candidates}, the ranking is the one-stage one.
 *
 * @param terms the terms, each with its boost and its statistics in the searcher's reader
 * @param candidates how many documents the retrieving terms pass on to the second stage; 0 for one stage
 */
record WeightedTerms(List<WeightedTerm> terms, int candidates) {

    /**
     * One clause: a term, its boost, its statistics (docFreq 0 when absent), and whether it retrieves candidates
     * in the first of two stages.
     */
    record WeightedTerm(Term term, float boost, TermStates states, boolean retrieves) {

        WeightedTerm(Term term, float boost, TermStates states) {
            this(term, boost, states, true);
        }
    }

    WeightedTerms {
        terms = List.copyOf(terms);
    }

    /** One stage: every term scores every document. */
    WeightedTerms(List<WeightedTerm> terms) {
        this(terms, 0);
    }

    /** The same disjunction as a Lucene query, whose scoring this reproduces (tests compare the two). */
    Query toQuery() {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (WeightedTerm clause : terms) {
            query.add(new BoostQuery(new TermQuery(clause.term(), clause.states()), clause.boost()),
                    BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * The {@code n} best live documents, best first; equal scores in document order, as
     * {@link org.apache.lucene.search.TopScoreDocCollector} orders them. The total hit count is exact in one
     * stage and that of the first stage, a lower bound, in two.
     */
    TopDocs top(IndexSearcher searcher, SegmentNorms segmentNorms, int n) throws IOException {
        return top(searcher, segmentNorms, n, Parts.of(searcher.getIndexReader()), Parts.POOL);
    }

    /**
     * As {@link #top(IndexSearcher, SegmentNorms, int)}, with the documents split into {@code parts} ranges of
     * equal size: the caller scores the first, {@code helpers} is offered the others, and the caller scores
     * those no helper has started by the time its own is done. On an idle machine a ranking takes a fraction
     * of its time on one thread; under load, with the helpers busy, it costs what it costs on one thread.
     * The documents, scores and hit count do not depend on {@code parts}. The second stage splits the candidates
     * the same way.
     */
    TopDocs top(IndexSearcher searcher, SegmentNorms segmentNorms, int n, int parts, Executor helpers)
            throws IOException {
        List<Scoring> scorings = scorings(searcher);
        List<Scoring> retrieving = scorings.stream().filter(Scoring::retrieves).toList();
        if (candidates > n && !retrieving.isEmpty() && retrieving.size() < scorings.size()) {
            TopDocs first = top(searcher, retrieving, segmentNorms, candidates, parts, helpers);
            if (first.totalHits.value > candidates) {
                return rescore(searcher, scorings, segmentNorms, first, n, parts, helpers);
            }
        }
        return top(searcher, scorings, segmentNorms, n, parts, helpers);
    }

    private static TopDocs top(IndexSearcher searcher, List<Scoring> scorings, SegmentNorms segmentNorms, int n,
            int parts, Executor helpers) throws IOException {
        return merge(Parts.split(searcher.getIndexReader().maxDoc(), parts, helpers,
                (from, to) -> partial(searcher, scorings, segmentNorms, n, from, to)), n);
    }

    /** The best {@code n} documents among {@code [from, to)} of the reader, best first, and how many scored. */
    private record Partial(List<ScoreDoc> best, long hits) {
    }

    private static Partial partial(IndexSearcher searcher, List<Scoring> scorings, SegmentNorms segmentNorms, int n,
            int from, int to) throws IOException {
        HitQueue queue = new HitQueue(n, true);
        ScoreDoc weakest = queue.top();
        long hits = 0;
        double[] scores = new double[0];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            int lo = Math.max(0, from - leaf.docBase);
            int hi = Math.min(reader.maxDoc(), to - leaf.docBase);
            if (lo >= hi) {
                continue;
            }
            int width = hi - lo;
            if (scores.length < width) {
                scores = new double[width];
            } else {
                Arrays.fill(scores, 0, width, 0.0);
            }
            double[] sums = scores;
            boolean any = eachTerm(leaf, scorings, segmentNorms, (postings, norms, scorer) -> {
                // NO_MORE_DOCS is past every bound.
                for (int doc = lo == 0 ? postings.nextDoc() : postings.advance(lo); doc < hi; doc = postings.nextDoc()) {
                    sums[doc - lo] += scorer.score(postings.freq(), norms[doc]);
                }
            });
            if (!any) {
                continue;
            }
            Bits live = reader.getLiveDocs();
            for (int i = 0; i < width; i++) {
                double score = scores[i];
                if (score > 0 && (live == null || live.get(lo + i))) {
                    hits++;
                    float rounded = (float) score;
                    if (rounded > weakest.score) {
                        weakest.doc = leaf.docBase + lo + i;
                        weakest.score = rounded;
                        weakest = queue.updateTop();
                    }
                }
            }
        }
        int size = (int) Math.min(hits, n);
        for (int i = queue.size() - size; i > 0; i--) {
            queue.pop();
        }
        ScoreDoc[] best = new ScoreDoc[size];
        for (int i = size - 1; i >= 0; i--) {
            best[i] = queue.pop();
        }
        return new Partial(Arrays.asList(best), hits);
    }

    /**
     * The second stage: every term's share of each candidate's score, added in the order of {@code scorings} as
     * the one-stage pass adds them (so the sums are the same), by advancing the term's postings to the candidates.
     * The total hit count is that of the first stage, a lower bound.
     */
    private static TopDocs rescore(IndexSearcher searcher, List<Scoring> scorings, SegmentNorms segmentNorms,
            TopDocs first, int n, int parts, Executor helpers) throws IOException {
        int[] docs = Arrays.stream(first.scoreDocs).mapToInt(d -> d.doc).sorted().toArray();
        double[] sums = new double[docs.length];
        Parts.split(docs.length, parts, helpers, (from, to) -> {
            sum(searcher, scorings, segmentNorms, docs, from, to, sums);
            return null;
        });
        List<ScoreDoc> rescored = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            rescored.add(new ScoreDoc(docs[i], (float) sums[i]));
        }
        rescored.sort(Comparator.comparingDouble((ScoreDoc d) -> d.score).reversed().thenComparingInt(d -> d.doc));
        return new TopDocs(new TotalHits(first.totalHits.value, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO),
                rescored.subList(0, Math.min(n, rescored.size())).toArray(ScoreDoc[]::new));
    }

    /** Adds every term's share of the score of {@code docs[from..to)} (ascending) into {@code sums}. */
    private static void sum(IndexSearcher searcher, List<Scoring> scorings, SegmentNorms segmentNorms, int[] docs,
            int from, int to, double[] sums) throws IOException {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int lo = Math.max(from, lowerBound(docs, leaf.docBase));
            int hi = Math.min(to, lowerBound(docs, leaf.docBase + leaf.reader().maxDoc()));
            if (lo >= hi) {
                continue;
            }
            eachTerm(leaf, scorings, segmentNorms, (postings, norms, scorer) -> {
                for (int i = lo; i < hi; i++) {
                    int local = docs[i] - leaf.docBase;
                    int doc = postings.docID() < local ? postings.advance(local) : postings.docID();
                    if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (doc == local) {
                        sums[i] += scorer.score(postings.freq(), norms[local]);
                    }
                }
            });
        }
    }

    /** What is done with one term's postings in one segment. */
    @FunctionalInterface
    private interface TermVisitor {
        void visit(PostingsEnum postings, byte[] norms, Similarity.SimScorer scorer) throws IOException;
    }

    /**
     * Visits the postings (with frequencies) of each term the segment holds, positioned from the term's recorded
     * state rather than sought, with one terms enum per field; whether there was any.
     */
    private static boolean eachTerm(LeafReaderContext leaf, List<Scoring> scorings, SegmentNorms segmentNorms,
            TermVisitor visitor) throws IOException {
        Map<String, TermsEnum> enums = new HashMap<>();
        PostingsEnum postings = null;
        boolean any = false;
        for (Scoring scoring : scorings) {
            TermState state = scoring.states().get(leaf);
            if (state == null) {
                continue;
            }
            String field = scoring.term().field();
            TermsEnum termsEnum = enums.get(field);
            if (termsEnum == null) {
                Terms indexed = leaf.reader().terms(field);
                if (indexed == null) {
                    continue;
                }
                termsEnum = indexed.iterator();
                enums.put(field, termsEnum);
            }
            termsEnum.seekExact(scoring.term().bytes(), state);
            postings = termsEnum.postings(postings, PostingsEnum.FREQS);
            visitor.visit(postings, segmentNorms.of(leaf.reader(), field), scoring.scorer());
            any = true;
        }
        return any;
    }

    /** The index of the first element of {@code sorted} not below {@code value}. */
    private static int lowerBound(int[] sorted, int value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The best {@code n} of the parts' best: equal scores in document order, as within a part. */
    private static TopDocs merge(List<Partial> partials, int n) {
        if (partials.size() == 1) {
            Partial only = partials.get(0);
            return new TopDocs(new TotalHits(only.hits(), TotalHits.Relation.EQUAL_TO),
                    only.best().toArray(ScoreDoc[]::new));
        }
        List<ScoreDoc> all = new ArrayList<>();
        long hits = 0;
        for (Partial partial : partials) {
            all.addAll(partial.best());
            hits += partial.hits();
        }
        all.sort(Comparator.comparingDouble((ScoreDoc d) -> d.score).reversed().thenComparingInt(d -> d.doc));
        return new TopDocs(new TotalHits(hits, TotalHits.Relation.EQUAL_TO),
                all.subList(0, Math.min(n, all.size())).toArray(ScoreDoc[]::new));
    }

    /** A term that occurs in the index, with the similarity's scorer for its boost and statistics. */
    private record Scoring(Term term, TermStates states, Similarity.SimScorer scorer, boolean retrieves) {
    }

    private List<Scoring> scorings(IndexSearcher searcher) throws IOException {
        Map<String, CollectionStatistics> fields = new HashMap<>();
        List<Scoring> scorings = new ArrayList<>(terms.size());
        for (WeightedTerm clause : terms) {
            TermStates states = clause.states();
            if (states.docFreq() == 0) {
                continue;
            }
            String field = clause.term().field();
            CollectionStatistics collection = fields.get(field);
            if (collection == null) {
                collection = searcher.collectionStatistics(field);
                fields.put(field, collection);
            }
            if (collection == null) {
                continue;
            }
            TermStatistics statistics = searcher.termStatistics(clause.term(), states.docFreq(), states.totalTermFreq());
            scorings.add(new Scoring(clause.term(), states,
                    searcher.getSimilarity().scorer(clause.boost(), collection, statistics), clause.retrieves()));
        }
        return scorings;
    }
}
