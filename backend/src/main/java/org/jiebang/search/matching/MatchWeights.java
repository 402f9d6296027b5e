package org.jiebang.search.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jiebang.search.analysis.FieldKind;

/**
 * The tuning of matching: BM25 parameters, how query terms are picked and weighted, how much each indexed
 * property counts, and the weight of each factor of the final score.
 *
 * @param bm25K1 BM25 term-frequency saturation
 * @param bm25B BM25 length normalisation
 * @param kindWeights weight of word, bigram and concept matches
 * @param maxTerms how many of the most discriminative query terms of each kind are kept
 * @param queryTfExponent exponent on a query term's summed section boosts (1 = linear, 0 = binary)
 * @param labFields weight of each lab property when ranking labs
 * @param challengeSections boost of each challenge property in the query that ranks labs
 * @param challengeFields weight of each challenge property when ranking challenges
 * @param labSections boost of each lab property in the query that ranks challenges
 * @param textWeight weight of text relevance (normalised to the best candidate) in the final score
 * @param tagWeight weight of tag overlap
 * @param trackWeight weight of the track record
 * @param regionWeight weight of being in the same region
 * @param rerankDepth how many text-ranked candidates the other factors may reorder
 * @param tagMatchThreshold coverage from which a tag is listed as matched
 * @param retrievingTerms how many of the kept terms of each kind (the most discriminative) retrieve candidates
 *        for text relevance in the first of two stages
 * @param candidates how many documents the first stage passes on to be scored by every kept term; 0 scores every
 *        document with every term in one stage
 */
public record MatchWeights(
        double bm25K1,
        double bm25B,
        Map<FieldKind, Double> kindWeights,
        Map<FieldKind, Integer> maxTerms,
        double queryTfExponent,
        Map<String, Double> labFields,
        Map<String, Double> challengeSections,
        Map<String, Double> challengeFields,
        Map<String, Double> labSections,
        double textWeight,
        double tagWeight,
        double trackWeight,
        double regionWeight,
        int rerankDepth,
        double tagMatchThreshold,
        int retrievingTerms,
        int candidates) {

    public MatchWeights {
        kindWeights = Map.copyOf(kindWeights);
        maxTerms = Map.copyOf(maxTerms);
        labFields = Map.copyOf(labFields);
        challengeSections = Map.copyOf(challengeSections);
        challengeFields = Map.copyOf(challengeFields);
        labSections = Map.copyOf(labSections);
    }

    /**
     * The defaults, measured with {@code deploy/bench/relevance} on both public benchmarks and chosen from the
     * middle of flat regions rather than at their peaks. Text is BM25 over the whole profile: per-property
     * weights (capabilities over summary, …) lost on both sets, because each property then saturates on its
     * own. A low b (0.4) because a longer profile usually means more relevant past work, not padding. Query
     * weights are the square root of the summed section boosts, so a word repeated across a long description
     * does not drown the rare ones. Word pairs (0.75) and synonym concepts (1.0) come on top of words; bigrams
     * (0.5) only back up Chinese segmentation. Tag overlap weighs about a third of the score: required
     * capabilities are the firm's own statement of what a solver must have. Text relevance takes two stages:
     * the 25 most telling terms of each kind find 200 candidates, which every kept term then scores (sbir and zh
     * nDCG@10 as with one stage from 150 to 300 candidates; 200 sits in the middle of that flat part).
     */
    public static MatchWeights defaults() {
        return new MatchWeights(0.9, 0.4,
                Map.of(FieldKind.WORDS, 1.0, FieldKind.GRAMS, 0.5, FieldKind.CONCEPTS, 1.0, FieldKind.PAIRS, 0.75),
                Map.of(FieldKind.WORDS, 150, FieldKind.GRAMS, 150, FieldKind.CONCEPTS, 30, FieldKind.PAIRS, 150),
                0.5,
                Map.of(MatchFields.ALL, 1.0),
                Map.of(MatchFields.TITLE, 1.0, MatchFields.TAGS, 1.0, MatchFields.INDICATORS, 1.0,
                        MatchFields.DESCRIPTION, 1.0, ChallengeSections.CONTEXT, 1.0, MatchFields.CHAIN, 0.0),
                Map.of(MatchFields.ALL, 1.0),
                Map.of(MatchFields.CAPABILITIES, 1.0, MatchFields.TAGS, 1.0, MatchFields.ACHIEVEMENTS, 1.0,
                        MatchFields.FACILITIES, 1.0, MatchFields.SUMMARY, 1.0, MatchFields.NAME, 0.0),
                0.55, 0.35, 0.06, 0.04, 100, 0.6, 25, 200);
    }

    /**
     * These weights keeping at most {@code count} query terms of each of the word, bigram and pair kinds (concepts,
     * few in any text, keep theirs).
     */
    public MatchWeights withMaxTerms(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("max terms must be positive: " + count);
        }
        Map<FieldKind, Integer> terms = new EnumMap<>(maxTerms);
        for (FieldKind kind : List.of(FieldKind.WORDS, FieldKind.GRAMS, FieldKind.PAIRS)) {
            terms.put(kind, count);
        }
        return new MatchWeights(bm25K1, bm25B, kindWeights, terms, queryTfExponent, labFields, challengeSections,
                challengeFields, labSections, textWeight, tagWeight, trackWeight, regionWeight, rerankDepth,
                tagMatchThreshold, retrievingTerms, candidates);
    }

    /** These weights with another number of first-stage candidates (0: text relevance in one stage). */
    public MatchWeights withCandidates(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("candidates must not be negative: " + count);
        }
        return new MatchWeights(bm25K1, bm25B, kindWeights, maxTerms, queryTfExponent, labFields, challengeSections,
                challengeFields, labSections, textWeight, tagWeight, trackWeight, regionWeight, rerankDepth,
                tagMatchThreshold, retrievingTerms, count);
    }
}
