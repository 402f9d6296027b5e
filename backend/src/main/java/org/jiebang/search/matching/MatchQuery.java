package org.jiebang.search.matching;

import java.util.List;

/**
 * A built matching query, the query terms it kept, and the most telling of them, which explanations
 * report (looking up every term in every property of every hit would cost more than the ranking).
 */
record MatchQuery(WeightedTerms query, List<QueryTerm> terms, List<QueryTerm> explainedTerms) {
}
