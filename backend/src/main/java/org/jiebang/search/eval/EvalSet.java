package org.jiebang.search.eval;

import java.util.List;
import java.util.Map;
import org.jiebang.search.matching.ChallengeProfile;
import org.jiebang.search.matching.LabProfile;

/**
 * One relevance benchmark folder: candidate labs, challenges, graded judgments
 * ({@code challengeId -> labId -> grade}), and whether the set defines the SBIR grade tracks.
 */
public record EvalSet(String name, List<LabProfile> labs, List<ChallengeProfile> challenges,
        Map<String, Map<String, Integer>> qrels, boolean gradeTracks) {

    public EvalSet {
        labs = List.copyOf(labs);
        challenges = List.copyOf(challenges);
        qrels = Map.copyOf(qrels);
    }

    /** How many (challenge, lab) pairs are judged relevant. */
    public int judgedPairs() {
        return qrels.values().stream().mapToInt(Map::size).sum();
    }
}
