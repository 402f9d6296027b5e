package org.jiebang.search.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.jiebang.search.analysis.FieldKind;

/** Factors of candidate challenges for one lab: each challenge's pre-analysed tags against the lab's own words. */
final class ChallengeCandidateFactors implements CandidateFactors {

    private final Map<FieldKind, Set<String>> labTerms = new EnumMap<>(FieldKind.class);
    private final String region;
    private final double track;
    private final double tagMatchThreshold;

    ChallengeCandidateFactors(Analyzer analyzer, LabProfile lab, double tagMatchThreshold) {
        Map<String, List<String>> text = LabDocumentMapper.text(lab);
        for (FieldKind kind : FieldKind.values()) {
            Set<String> terms = new HashSet<>();
            for (String field : MatchFields.LAB_TAG_TEXT) {
                text.get(field).forEach(value -> terms.addAll(Tokens.terms(analyzer, kind.field(field), value)));
            }
            labTerms.put(kind, terms);
        }
        this.region = ProfileFields.normalizeRegion(lab.region());
        this.track = lab.trackRecord().score();
        this.tagMatchThreshold = tagMatchThreshold;
    }

    @Override
    public void prepare(IndexReader reader, int[] docs) {
        // Everything needed is in the lab profile and the candidates' pre-analysed tags.
    }

    @Override
    public Values of(int doc, CandidateValues values) {
        List<String> encoded = values.tagTerms();
        double sum = 0;
        List<String> matched = new ArrayList<>();
        for (String value : encoded) {
            TagTerms tag = TagTerms.decode(value);
            double coverage = tag.coverage((kind, term) -> labTerms.get(kind).contains(term));
            sum += coverage;
            if (coverage >= tagMatchThreshold) {
                matched.add(tag.tag());
            }
        }
        double overlap = encoded.isEmpty() ? 0.0 : sum / encoded.size();
        return new Values(overlap, matched, track, LabCandidateFactors.sameRegion(region, values) ? 1.0 : 0.0);
    }
}
