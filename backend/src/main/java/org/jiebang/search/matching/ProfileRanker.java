package org.jiebang.search.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Ranks one index for one querying profile: text relevance retrieves candidates, the other factors
 * re-rank the best of them, and the returned matches are explained.
 */
final class ProfileRanker {

    private final Analyzer analyzer;
    private final MatchWeights weights;
    private final MatchQueryBuilder queries;

    ProfileRanker(Analyzer analyzer, MatchWeights weights) {
        this.analyzer = analyzer;
        this.weights = weights;
        this.queries = new MatchQueryBuilder(weights);
    }

    /** A candidate with its text score and finished factor shares. */
    private record Scored(int doc, String id, double score, List<FactorShare> shares, List<String> matchedTags) {
    }

    List<Match> rank(IndexSearcher searcher, SegmentNorms norms, RankRequest request, int limit) throws IOException {
        if (limit <= 0) {
            return List.of();
        }
        List<QueryTerm> terms = QueryTerms.extract(analyzer, request.sections(), request.sectionBoosts());
        MatchQuery query = queries.build(searcher, terms, request.targetFields());
        int depth = Math.max(limit, weights.rerankDepth());
        // Exhaustive, term at a time: with hundreds of clauses this is faster than Lucene's document-at-a-time
        // scorers, pruning or not (deploy/bench/RESULTS.md), and ranks the same documents.
        TopDocs top = query.query().top(searcher, norms, depth);
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        List<Scored> scored = score(searcher, request.factors(), top.scoreDocs);
        List<Scored> best = scored.subList(0, Math.min(limit, scored.size()));
        int[] docs = best.stream().mapToInt(Scored::doc).toArray();
        Map<Integer, Map<String, List<String>>> matchedTerms =
                MatchedTerms.find(searcher.getIndexReader(), docs, query.explainedTerms(), request.explainOrder());
        List<Match> matches = new ArrayList<>(best.size());
        for (Scored candidate : best) {
            MatchExplanation why = new MatchExplanation(candidate.shares(), candidate.matchedTags(),
                    matchedTerms.getOrDefault(candidate.doc(), Map.of()));
            matches.add(new Match(candidate.id(), candidate.score(), why));
        }
        return matches;
    }

    private List<Scored> score(IndexSearcher searcher, CandidateFactors factors, ScoreDoc[] hits) throws IOException {
        int[] docs = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docs[i] = hits[i].doc;
        }
        factors.prepare(searcher.getIndexReader(), docs);
        // Text relevance is relative to the best candidate, so it is comparable with the [0, 1] factors.
        double best = hits[0].score;
        CandidateValues[] candidates = CandidateValues.read(searcher.getIndexReader(), docs);
        List<Scored> scored = new ArrayList<>(hits.length);
        for (int i = 0; i < hits.length; i++) {
            ScoreDoc hit = hits[i];
            CandidateFactors.Values values = factors.of(hit.doc, candidates[i]);
            List<FactorShare> shares = List.of(
                    FactorShare.of(MatchFactor.TEXT, best > 0 ? hit.score / best : 0.0, weights.textWeight()),
                    FactorShare.of(MatchFactor.TAGS, values.tags(), weights.tagWeight()),
                    FactorShare.of(MatchFactor.TRACK_RECORD, values.trackRecord(), weights.trackWeight()),
                    FactorShare.of(MatchFactor.REGION, values.region(), weights.regionWeight()));
            double total = 0;
            for (FactorShare share : shares) {
                total += share.share();
            }
            scored.add(new Scored(hit.doc, candidates[i].id(), total, shares, values.matchedTags()));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
        return scored;
    }
}
