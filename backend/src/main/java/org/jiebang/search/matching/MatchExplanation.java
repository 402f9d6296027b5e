package org.jiebang.search.matching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a lab and a challenge match ("why this match"): each factor's share of the score, the required
 * capability tags the lab covers, and which query terms were found in which indexed property.
 *
 * @param factors one share per {@link MatchFactor}, adding up to the score
 * @param matchedTags the challenge's tags that the lab covers, as the challenge wrote them
 * @param matchedTerms per property of the matched profile (e.g. {@code capabilities}), the query terms found
 *     there as written in the query (synonym concepts by their name), most important first
 */
public record MatchExplanation(List<FactorShare> factors, List<String> matchedTags,
        Map<String, List<String>> matchedTerms) {

    public MatchExplanation {
        factors = List.copyOf(factors);
        matchedTags = List.copyOf(matchedTags);
        // Kept in the given order: properties are listed most telling first.
        matchedTerms = Collections.unmodifiableMap(new LinkedHashMap<>(matchedTerms));
    }

    /** The sum of the factor shares, which is the match score. */
    public double total() {
        double total = 0;
        for (FactorShare factor : factors) {
            total += factor.share();
        }
        return total;
    }
}
