package org.jiebang.search.matching;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
        int parts = searcher.getIndexReader().maxDoc() >= 2 * Helpers.MIN_PART ? Helpers.PARTS : 1;
        return top(searcher, segmentNorms, n, parts, Helpers.POOL);
    }

    /**
     * As {@link #top(IndexSearcher, SegmentNorms, int)}, with the documents split into {@code parts} ranges of
     * equal size: the caller scores the first, {@code helpers} is offered the others, and the caller scores
     * those no helper has started by the time its own is done. On an idle machine a ranking takes a fraction
     * of its time on one thread; under load, with the helpers busy, it costs what it costs on one thread.
     * The documents, scores and hit count do not depend on {@code parts}.
     */
    TopDocs top(IndexSearcher searcher, SegmentNorms segmentNorms, int n, int parts, Executor helpers)
            throws IOException {
        List<Scoring> scorings = scorings(searcher);
        int maxDoc = searcher.getIndexReader().maxDoc();
        int count = Math.max(1, Math.min(parts, maxDoc));
        List<Share> shares = new ArrayList<>(count - 1);
        for (int i = 1; i < count; i++) {
            Share share = new Share(searcher, scorings, segmentNorms, n, bound(maxDoc, i, count),
                    bound(maxDoc, i + 1, count));
            shares.add(share);
            try {
                helpers.execute(share::offer);
            } catch (RejectedExecutionException e) {
                // Nobody takes it: the caller will.
            }
        }
        List<Partial> partials = new ArrayList<>(count);
        partials.add(partial(searcher, scorings, segmentNorms, n, 0, bound(maxDoc, 1, count)));
        for (Share share : shares) {
            partials.add(share.join());
        }
        return merge(partials, n);
    }

    private static int bound(int maxDoc, int part, int parts) {
        return (int) ((long) maxDoc * part / parts);
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
        PostingsEnum postings = null;
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
                // NO_MORE_DOCS is past every bound.
                for (int doc = lo == 0 ? postings.nextDoc() : postings.advance(lo); doc < hi; doc = postings.nextDoc()) {
                    scores[doc - lo] += scorer.score(postings.freq(), norms[doc]);
                }
                any = true;
            }
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

    /** A range of documents offered to a helper; whoever claims it first scores it. */
    private static final class Share {

        private final IndexSearcher searcher;
        private final List<Scoring> scorings;
        private final SegmentNorms norms;
        private final int n;
        private final int from;
        private final int to;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<Partial> result = new CompletableFuture<>();

        Share(IndexSearcher searcher, List<Scoring> scorings, SegmentNorms norms, int n, int from, int to) {
            this.searcher = searcher;
            this.scorings = scorings;
            this.norms = norms;
            this.n = n;
            this.from = from;
            this.to = to;
        }

        /** On a helper: scores the range unless the caller has claimed it. */
        void offer() {
            if (claimed.compareAndSet(false, true)) {
                try {
                    result.complete(partial(searcher, scorings, norms, n, from, to));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            }
        }

        /** On the caller: scores the range itself when no helper has started it, else waits for the helper. */
        Partial join() throws IOException {
            if (claimed.compareAndSet(false, true)) {
                return partial(searcher, scorings, norms, n, from, to);
            }
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while a helper scored documents " + from + "–" + to);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Threads that take a share of a ranking when idle: one fewer than the cores (the caller is the other). */
    private static final class Helpers {

        /** Below twice this many documents a ranking is not split: the hand-off would cost more than it saves. */
        static final int MIN_PART = 20_000;

        static final int PARTS = Math.max(1, Runtime.getRuntime().availableProcessors());

        private static final AtomicInteger THREADS = new AtomicInteger();

        static final Executor POOL = PARTS == 1 ? Runnable::run : Executors.newFixedThreadPool(PARTS - 1, task -> {
            Thread thread = new Thread(task, "match-helper-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });

        private Helpers() {
        }
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
