package org.jiebang.search.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.jiebang.search.analysis.FieldKind;

/** Factors of candidate labs for one challenge: its tags against each lab's tags and capabilities. */
final class LabCandidateFactors implements CandidateFactors {

    private final List<TagTerms> tags;
    private final String region;
    private final double tagMatchThreshold;
    private Map<Integer, Set<TermPresence.FieldTerm>> present = Map.of();

    LabCandidateFactors(Analyzer analyzer, ChallengeProfile challenge, double tagMatchThreshold) {
        this.tags = challenge.tags().stream().map(tag -> TagTerms.of(analyzer, tag)).toList();
        this.region = ProfileFields.normalizeRegion(challenge.region());
        this.tagMatchThreshold = tagMatchThreshold;
    }

    @Override
    public void prepare(IndexReader reader, int[] docs) throws IOException {
        List<TermPresence.FieldTerm> wanted = new ArrayList<>();
        for (TagTerms tag : tags) {
            tag.terms().forEach((kind, terms) -> {
                for (String field : MatchFields.LAB_TAG_TEXT) {
                    terms.forEach(term -> wanted.add(new TermPresence.FieldTerm(kind.field(field), term)));
                }
            });
        }
        present = wanted.isEmpty() ? Map.of() : TermPresence.find(reader, docs, wanted);
    }

    @Override
    public Values of(int doc, CandidateValues values) {
        Set<TermPresence.FieldTerm> found = present.getOrDefault(doc, Set.of());
        double sum = 0;
        List<String> matched = new ArrayList<>();
        for (TagTerms tag : tags) {
            double coverage = tag.coverage((kind, term) -> inTagText(found, kind, term));
            sum += coverage;
            if (coverage >= tagMatchThreshold) {
                matched.add(tag.tag());
            }
        }
        double overlap = tags.isEmpty() ? 0.0 : sum / tags.size();
        return new Values(overlap, matched, values.track().score(), sameRegion(region, values) ? 1.0 : 0.0);
    }

    private static boolean inTagText(Set<TermPresence.FieldTerm> found, FieldKind kind, String term) {
        for (String field : MatchFields.LAB_TAG_TEXT) {
            if (found.contains(new TermPresence.FieldTerm(kind.field(field), term))) {
                return true;
            }
        }
        return false;
    }

    static boolean sameRegion(String region, CandidateValues values) {
        return !region.isEmpty() && region.equals(values.region());
    }
}
