package org.jiebang.search.eval;

/** Mean metrics of one track over its challenges. */
public record TrackResult(String track, int challenges, double ndcgAt10, double recallAt10, double recallAt50,
        double mrr) {
}
