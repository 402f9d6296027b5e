package org.jiebang.search.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;

/** Maps a {@link ChallengeProfile} to its index document; pure apart from analysing its tags. */
public final class ChallengeDocumentMapper {

    private ChallengeDocumentMapper() {
    }

    /** The challenge's text properties by base field name, in {@link MatchFields#CHALLENGE_TEXT} terms. */
    public static Map<String, List<String>> text(ChallengeProfile challenge) {
        Map<String, List<String>> text = new LinkedHashMap<>();
        text.put(MatchFields.TITLE, List.of(challenge.title()));
        text.put(MatchFields.DESCRIPTION, List.of(challenge.summary(), challenge.description()));
        text.put(MatchFields.INDICATORS, List.of(challenge.indicatorText()));
        text.put(MatchFields.TAGS, challenge.tags());
        text.put(MatchFields.CHAIN, List.of(challenge.industryChain()));
        return text;
    }

    /**
     * The document; the tags are also kept pre-analysed (one doc value), so ranking challenges for a lab can check tag
     * coverage without re-analysing every candidate's tags.
     */
    public static Document toDocument(ChallengeProfile challenge, Analyzer analyzer) {
        Document document = new Document();
        ProfileFields.addIdAndRegion(document, challenge.id(), challenge.region());
        // Ranking challenges for a lab checks tags against the pre-analysed tags: no bigrams per property.
        ProfileFields.addText(document, text(challenge), List.of());
        List<String> tags = new ArrayList<>(challenge.tags().size());
        for (String tag : challenge.tags()) {
            tags.add(TagTerms.of(analyzer, tag).encode());
        }
        if (!tags.isEmpty()) {
            document.add(new BinaryDocValuesField(MatchFields.TAG_TERMS, new BytesRef(TagTerms.join(tags))));
        }
        return document;
    }
}
