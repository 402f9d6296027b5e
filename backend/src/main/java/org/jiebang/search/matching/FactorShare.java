package org.jiebang.search.matching;

/**
 * One factor's part of a match score: its value in [0, 1], its weight, and {@code share = weight × value};
 * the shares of a match add up to its score.
 */
public record FactorShare(MatchFactor factor, double value, double weight, double share) {

    static FactorShare of(MatchFactor factor, double value, double weight) {
        return new FactorShare(factor, value, weight, weight * value);
    }
}
