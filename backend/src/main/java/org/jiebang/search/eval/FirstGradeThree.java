package org.jiebang.search.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where the first grade-3 ("can clearly solve it") lab lands, a figure the Chinese set's README asks for. */
record FirstGradeThree(int challenges, int atRankOne, int median, int worst, int missing) {

    static Optional<FirstGradeThree> of(Map<String, List<String>> rankings, Map<String, Map<String, Integer>> qrels) {
        List<Integer> ranks = new ArrayList<>();
        int missing = 0;
        for (Map.Entry<String, Map<String, Integer>> judged : qrels.entrySet()) {
            if (!judged.getValue().containsValue(3)) {
                continue;
            }
            int rank = Metrics.firstRankOfGrade(rankings.getOrDefault(judged.getKey(), List.of()), judged.getValue(), 3);
            if (rank == 0) {
                missing++;
            } else {
                ranks.add(rank);
            }
        }
        if (ranks.isEmpty() && missing == 0) {
            return Optional.empty();
        }
        ranks.sort(null);
        int atOne = (int) ranks.stream().filter(r -> r == 1).count();
        int median = ranks.isEmpty() ? 0 : ranks.get((ranks.size() - 1) / 2);
        int worst = ranks.isEmpty() ? 0 : ranks.get(ranks.size() - 1);
        return Optional.of(new FirstGradeThree(ranks.size() + missing, atOne, median, worst, missing));
    }

    String describe() {
        return String.format(Locale.ROOT,
                "first grade-3 lab: rank 1 for %d of %d challenges (%.0f%%), median rank %d, worst %d, not ranked %d",
                atRankOne, challenges, 100.0 * atRankOne / challenges, median, worst, missing);
    }
}
