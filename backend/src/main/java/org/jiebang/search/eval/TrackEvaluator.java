package org.jiebang.search.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Averages the metrics per track: every set has the {@code all} track; SBIR-style sets add firm
 * re-identification (grade-3 judgments only) and same topic, other winners (grade-2 judgments only, with
 * the awarded grade-3 firm removed from the ranking), exactly as their README defines them.
 */
public final class TrackEvaluator {

    public static final String ALL = "all";
    public static final String REIDENTIFICATION = "re-identification (grade 3)";
    public static final String SAME_TOPIC = "same topic, other winners (grade 2)";

    private TrackEvaluator() {
    }

    private record Judged(List<String> ranking, Map<String, Integer> grades) {
    }

    /** One result per non-empty track, {@code all} first; challenges without judgments are not counted. */
    public static List<TrackResult> evaluate(Map<String, List<String>> rankings,
            Map<String, Map<String, Integer>> qrels, boolean gradeTracks) {
        Map<String, List<Judged>> tracks = new LinkedHashMap<>();
        tracks.put(ALL, new ArrayList<>());
        tracks.put(REIDENTIFICATION, new ArrayList<>());
        tracks.put(SAME_TOPIC, new ArrayList<>());
        for (String challenge : qrels.keySet().stream().sorted(Comparator.naturalOrder()).toList()) {
            Map<String, Integer> grades = qrels.get(challenge);
            List<String> ranking = rankings.getOrDefault(challenge, List.of());
            tracks.get(ALL).add(new Judged(ranking, grades));
            if (gradeTracks) {
                Map<String, Integer> awarded = withGrade(grades, 3);
                Map<String, Integer> sameTopic = withGrade(grades, 2);
                if (!awarded.isEmpty()) {
                    tracks.get(REIDENTIFICATION).add(new Judged(ranking, awarded));
                }
                if (!sameTopic.isEmpty()) {
                    List<String> others = ranking.stream().filter(id -> !awarded.containsKey(id)).toList();
                    tracks.get(SAME_TOPIC).add(new Judged(others, sameTopic));
                }
            }
        }
        List<TrackResult> results = new ArrayList<>();
        tracks.forEach((name, judged) -> {
            if (!judged.isEmpty()) {
                results.add(average(name, judged));
            }
        });
        return results;
    }

    private static Map<String, Integer> withGrade(Map<String, Integer> grades, int grade) {
        return grades.entrySet().stream().filter(e -> e.getValue() == grade)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static TrackResult average(String name, List<Judged> judged) {
        double ndcg = 0;
        double recall10 = 0;
        double recall50 = 0;
        double mrr = 0;
        for (Judged j : judged) {
            ndcg += Metrics.ndcgAt(j.ranking(), j.grades(), 10);
            recall10 += Metrics.recallAt(j.ranking(), j.grades(), 10);
            recall50 += Metrics.recallAt(j.ranking(), j.grades(), 50);
            mrr += Metrics.reciprocalRank(j.ranking(), j.grades());
        }
        int n = judged.size();
        return new TrackResult(name, n, ndcg / n, recall10 / n, recall50 / n, mrr / n);
    }
}
