package org.jiebang.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackEvaluatorTests {

    // C1: awarded firm w (grade 3) and two other winners of the topic, o1 and o2 (grade 2). C2: only its firm.
    private final Map<String, Map<String, Integer>> qrels = Map.of(
            "C1", Map.of("w", 3, "o1", 2, "o2", 2),
            "C2", Map.of("v", 3));
    private final Map<String, List<String>> rankings = Map.of(
            "C1", List.of("w", "x", "o1"),
            "C2", List.of("x", "v"));

    @Test
    void setsWithoutTracksReportOnlyAll() {
        List<TrackResult> results = TrackEvaluator.evaluate(rankings, qrels, false);
        assertThat(results).extracting(TrackResult::track).containsExactly(TrackEvaluator.ALL);
        assertThat(results.get(0).challenges()).isEqualTo(2);
        assertThat(results.get(0).mrr()).isCloseTo((1 + 0.5) / 2, within(1e-12));
    }

    @Test
    void reidentificationUsesOnlyTheAwardedFirm() {
        TrackResult track = track(TrackEvaluator.REIDENTIFICATION);
        assertThat(track.challenges()).isEqualTo(2);
        assertThat(track.ndcgAt10()).isCloseTo((1 + 1 / log2(3)) / 2, within(1e-12));
        assertThat(track.recallAt10()).isEqualTo(1.0);
    }

    @Test
    void sameTopicRemovesTheAwardedFirmBeforeScoringOtherWinners() {
        TrackResult track = track(TrackEvaluator.SAME_TOPIC);
        assertThat(track.challenges()).isEqualTo(1);
        // Without w the ranking is x, o1: o1 at rank 2 of two grade-2 labs.
        double ideal = 3 + 3 / log2(3);
        assertThat(track.ndcgAt10()).isCloseTo((3 / log2(3)) / ideal, within(1e-12));
        assertThat(track.mrr()).isEqualTo(0.5);
        assertThat(track.recallAt10()).isEqualTo(0.5);
    }

    @Test
    void aChallengeMissingFromTheRunCountsAsZero() {
        List<TrackResult> results = TrackEvaluator.evaluate(Map.of("C1", List.of("w")), qrels, false);
        assertThat(results.get(0).mrr()).isEqualTo(0.5);
    }

    private TrackResult track(String name) {
        return TrackEvaluator.evaluate(rankings, qrels, true).stream()
                .filter(t -> t.track().equals(name)).findFirst().orElseThrow();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
