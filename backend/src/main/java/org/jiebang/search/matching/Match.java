package org.jiebang.search.matching;

/** One ranked match: the id of the lab (or challenge), its score and why. */
public record Match(String id, double score, MatchExplanation explanation) {
}
