package org.jiebang.search.matching;

import java.util.List;
import java.util.Map;

/**
 * What one ranking needs: the querying profile's text by section with the boost of each section, the
 * weight of each target property, the order explanations list properties in, and the other factors.
 */
record RankRequest(
        Map<String, List<String>> sections,
        Map<String, Double> sectionBoosts,
        Map<String, Double> targetFields,
        List<String> explainOrder,
        CandidateFactors factors) {
}
