package org.jiebang.search.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.jiebang.search.analysis.FieldKind;

/** Factors of candidate challenges for one lab: each challenge's stored tags against the lab's own words. */
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
        // Everything needed is in the lab profile and the candidates' stored tags.
    }

    @Override
    public Values of(int doc, Document stored) {
        String[] encoded = stored.getValues(MatchFields.TAG_TERMS);
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
        double overlap = encoded.length == 0 ? 0.0 : sum / encoded.length;
        return new Values(overlap, matched, track, LabCandidateFactors.sameRegion(region, stored) ? 1.0 : 0.0);
    }
}
