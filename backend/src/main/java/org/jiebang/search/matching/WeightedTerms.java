package org.jiebang.search.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * @param terms the terms, each with its boost and its statistics in the searcher's reader
 */
record WeightedTerms(List<WeightedTerm> terms) {

    /** One clause: a term, its boost, and its statistics (docFreq 0 when absent). */
    record WeightedTerm(Term term, float boost, TermStates states) {
    }

    WeightedTerms {
        terms = List.copyOf(terms);
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
     * {@link org.apache.lucene.search.TopScoreDocCollector} orders them. The total hit count is exact.
     */
    TopDocs top(IndexSearcher searcher, SegmentNorms segmentNorms, int n) throws IOException {
        List<Scoring> scorings = scorings(searcher);
        HitQueue queue = new HitQueue(n, true);
        ScoreDoc weakest = queue.top();
        long hits = 0;
        double[] scores = new double[0];
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            int maxDoc = reader.maxDoc();
            if (scores.length < maxDoc) {
                scores = new double[maxDoc];
            } else {
                Arrays.fill(scores, 0, maxDoc, 0.0);
            }
            boolean any = false;
            // One enum per field of the segment: the terms are positioned from their recorded states, not sought.
            Map<String, TermsEnum> enums = new HashMap<>();
            for (Scoring scoring : scorings) {
                TermState state = scoring.states().get(leaf);
                if (state == null) {
                    continue;
                }
                String field = scoring.term().field();
                TermsEnum termsEnum = enums.get(field);
                if (termsEnum == null) {
                    Terms indexed = reader.terms(field);
                    if (indexed == null) {
                        continue;
                    }
                    termsEnum = indexed.iterator();
                    enums.put(field, termsEnum);
                }
                termsEnum.seekExact(scoring.term().bytes(), state);
                postings = termsEnum.postings(postings, PostingsEnum.FREQS);
                byte[] norms = segmentNorms.of(reader, field);
                Similarity.SimScorer scorer = scoring.scorer();
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    scores[doc] += scorer.score(postings.freq(), norms[doc]);
                }
                any = true;
            }
            if (!any) {
                continue;
            }
            Bits live = reader.getLiveDocs();
            for (int doc = 0; doc < maxDoc; doc++) {
                double score = scores[doc];
                if (score > 0 && (live == null || live.get(doc))) {
                    hits++;
                    float rounded = (float) score;
                    if (rounded > weakest.score) {
                        weakest.doc = leaf.docBase + doc;
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
        return new TopDocs(new TotalHits(hits, TotalHits.Relation.EQUAL_TO), best);
    }

    /** A term that occurs in the index, with the similarity's scorer for its boost and statistics. */
    private record Scoring(Term term, TermStates states, Similarity.SimScorer scorer) {
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
                    searcher.getSimilarity().scorer(clause.boost(), collection, statistics)));
        }
        return scorings;
    }
}
