package org.jiebang.search.matching;

import org.jiebang.search.analysis.FieldKind;

/**
 * A term of a matching query: its kind, the indexed term, the text it was first found as (for explanations)
 * and its weight, the sum of the boosts of the sections it occurs in.
 */
record QueryTerm(FieldKind kind, String term, String surface, double weight) {
}
