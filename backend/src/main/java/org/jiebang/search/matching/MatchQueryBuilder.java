package org.jiebang.search.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.jiebang.search.analysis.FieldKind;

/**
 * Builds the weighted disjunction that scores text relevance: the most discriminative query terms of each
 * kind, each looked up in every weighted target field (a weighted sum of per-field BM25 scores).
 */
final class MatchQueryBuilder {

    /**
     * Explanations report words and synonym concepts, the terms a reader recognises (bigrams and word pairs
     * score but read as fragments), and at most this many of each, most discriminative first.
     */
    private static final Map<FieldKind, Integer> EXPLAINED = Map.of(FieldKind.WORDS, 20, FieldKind.CONCEPTS, 10);

    private final MatchWeights weights;

    MatchQueryBuilder(MatchWeights weights) {
        this.weights = weights;
    }

    MatchQuery build(IndexSearcher searcher, List<QueryTerm> terms, Map<String, Double> fields) throws IOException {
        List<String> active = fields.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .sorted().toList();
        int budget = IndexSearcher.getMaxClauseCount() / Math.max(1, active.size());
        List<QueryTerm> selected = new ArrayList<>();
        List<QueryTerm> explained = new ArrayList<>();
        List<WeightedTerms.WeightedTerm> clauses = new ArrayList<>();
        for (FieldKind kind : FieldKind.values()) {
            double kindWeight = weights.kindWeights().getOrDefault(kind, 0.0);
            int limit = Math.min(weights.maxTerms().getOrDefault(kind, 0), budget - selected.size());
            if (kindWeight <= 0 || limit <= 0) {
                continue;
            }
            List<Candidate> candidates = select(searcher, kind, terms, limit);
            candidates.stream().map(Candidate::term).filter(MatchQueryBuilder::readable)
                    .limit(EXPLAINED.getOrDefault(kind, 0)).forEach(explained::add);
            candidates.forEach(candidate -> selected.add(candidate.term()));
            for (String field : active) {
                TermStates[] states = states(searcher, kind, field, candidates);
                for (int i = 0; i < candidates.size(); i++) {
                    Candidate candidate = candidates.get(i);
                    float boost = (float) (queryWeight(candidate.term()) * fields.get(field) * kindWeight);
                    clauses.add(new WeightedTerms.WeightedTerm(new Term(kind.field(field), candidate.term().term()),
                            boost, states[i], i < weights.retrievingTerms()));
                }
            }
        }
        return new MatchQuery(new WeightedTerms(clauses, weights.candidates()), List.copyOf(selected),
                List.copyOf(explained));
    }

    /** Numbers and single characters say nothing to a reader of "why this match". */
    private static boolean readable(QueryTerm term) {
        String surface = term.surface();
        return surface.codePointCount(0, surface.length()) > 1 && surface.chars().anyMatch(Character::isLetter);
    }

    /** A query term, its statistics in the whole-profile field, and its selection score. */
    private record Candidate(QueryTerm term, TermStates allFieldStates, double score) {
    }

    /**
     * Keeps the terms with the highest query weight × idf in the whole-profile field; long descriptions
     * otherwise drown the few terms that identify a capability in dozens of generic ones, and cost latency.
     */
    private List<Candidate> select(IndexSearcher searcher, FieldKind kind, List<QueryTerm> terms, int limit)
            throws IOException {
        List<QueryTerm> ofKind = terms.stream().filter(term -> term.kind() == kind).toList();
        TermStates[] states = TermLookup.lookup(searcher.getIndexReader(), kind.field(MatchFields.ALL),
                ofKind.stream().map(QueryTerm::term).toList());
        int docCount = searcher.getIndexReader().numDocs();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            int docFreq = states[i].docFreq();
            if (docFreq > 0) {
                double score = queryWeight(ofKind.get(i)) * idf(docCount, docFreq);
                candidates.add(new Candidate(ofKind.get(i), states[i], score));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates.subList(0, Math.min(limit, candidates.size()));
    }

    /** Reuses the statistics gathered during selection, so the whole-profile terms are looked up only once. */
    private static TermStates[] states(IndexSearcher searcher, FieldKind kind, String field, List<Candidate> candidates)
            throws IOException {
        if (MatchFields.ALL.equals(field)) {
            return candidates.stream().map(Candidate::allFieldStates).toArray(TermStates[]::new);
        }
        return TermLookup.lookup(searcher.getIndexReader(), kind.field(field),
                candidates.stream().map(candidate -> candidate.term().term()).toList());
    }

    private double queryWeight(QueryTerm term) {
        return Math.pow(term.weight(), weights.queryTfExponent());
    }

    static double idf(int docCount, int docFreq) {
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }
}
