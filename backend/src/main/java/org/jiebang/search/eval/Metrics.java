package org.jiebang.search.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranking metrics as the benchmarks define them: gain 2^grade − 1 with a log2 discount, ideal DCG over the
 * judged labs, recall and reciprocal rank over labs of grade ≥ 1; unjudged labs have grade 0.
 */
public final class Metrics {

    private Metrics() {
    }

    public static double ndcgAt(List<String> ranking, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).limit(k).toList();
        double idealDcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idealDcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idealDcg > 0 ? dcg / idealDcg : 0.0;
    }

    public static double recallAt(List<String> ranking, Map<String, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) {
            return 0.0;
        }
        long found = ranking.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) > 0).count();
        return (double) found / relevant;
    }

    public static double reciprocalRank(List<String> ranking, Map<String, Integer> grades) {
        for (int i = 0; i < ranking.size(); i++) {
            if (grades.getOrDefault(ranking.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0.0;
    }

    /** The 1-based rank of the first lab with exactly {@code grade}, or 0 when it is not in the ranking. */
    public static int firstRankOfGrade(List<String> ranking, Map<String, Integer> grades, int grade) {
        for (int i = 0; i < ranking.size(); i++) {
            if (grades.getOrDefault(ranking.get(i), 0) == grade) {
                return i + 1;
            }
        }
        return 0;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
