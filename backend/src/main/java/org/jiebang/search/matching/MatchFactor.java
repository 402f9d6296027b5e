package org.jiebang.search.matching;

/** The factors a match score is made of, in the order explanations list them. */
public enum MatchFactor {
    /** BM25 relevance of the two profiles' texts, relative to the best candidate. */
    TEXT,
    /** Share of the challenge's required capability tags the lab covers. */
    TAGS,
    /** The lab's delivery history on the platform. */
    TRACK_RECORD,
    /** Lab and challenge in the same region. */
    REGION
}
