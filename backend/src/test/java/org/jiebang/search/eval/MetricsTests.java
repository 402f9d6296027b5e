package org.jiebang.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTests {

    // Judged: a = 3, b = 2, c = 1; x and y are unjudged (grade 0).
    private final Map<String, Integer> grades = Map.of("a", 3, "b", 2, "c", 1);

    @Test
    void ndcgIsOneForTheIdealOrder() {
        assertThat(Metrics.ndcgAt(List.of("a", "b", "c", "x"), grades, 10)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void ndcgUsesExponentialGainAndLog2Discount() {
        // DCG = (2^2-1)/log2(2) + 0/log2(3) + (2^3-1)/log2(4) = 3 + 3.5; ideal = 7 + 3/log2(3) + 1/2.
        double dcg = 3 + 7 / 2.0;
        double ideal = 7 + 3 / log2(3) + 1 / 2.0;
        assertThat(Metrics.ndcgAt(List.of("b", "x", "a"), grades, 10)).isCloseTo(dcg / ideal, within(1e-12));
    }

    @Test
    void ndcgCutsOffAtK() {
        assertThat(Metrics.ndcgAt(List.of("x", "a"), grades, 1)).isZero();
        assertThat(Metrics.ndcgAt(List.of("a", "x"), Map.of(), 10)).isZero();
    }

    @Test
    void recallCountsJudgedLabsOfGradeOneOrMore() {
        assertThat(Metrics.recallAt(List.of("x", "c", "y", "a"), grades, 2)).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(Metrics.recallAt(List.of("x", "c", "y", "a"), grades, 50)).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(Metrics.recallAt(List.of("a"), Map.of("a", 0), 10)).isZero();
    }

    @Test
    void reciprocalRankIsThatOfTheFirstRelevantLab() {
        assertThat(Metrics.reciprocalRank(List.of("x", "y", "c", "a"), grades)).isEqualTo(1 / 3.0);
        assertThat(Metrics.reciprocalRank(List.of("x", "y"), grades)).isZero();
    }

    @Test
    void firstRankOfGradeFindsTheFirstLabOfThatGrade() {
        assertThat(Metrics.firstRankOfGrade(List.of("b", "x", "a"), grades, 3)).isEqualTo(3);
        assertThat(Metrics.firstRankOfGrade(List.of("b", "x"), grades, 3)).isZero();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
