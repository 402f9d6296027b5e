package org.jiebang.search.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

/** Maps a {@link LabProfile} to its index document; pure, so the field layout is unit-tested without an index. */
public final class LabDocumentMapper {

    private LabDocumentMapper() {
    }

    /** The lab's text properties by base field name, in {@link MatchFields#LAB_TEXT} terms. */
    public static Map<String, List<String>> text(LabProfile lab) {
        Map<String, List<String>> text = new LinkedHashMap<>();
        text.put(MatchFields.NAME, List.of(lab.name(), lab.organizationName()));
        text.put(MatchFields.SUMMARY, List.of(lab.summary()));
        text.put(MatchFields.CAPABILITIES, List.of(lab.capabilities()));
        text.put(MatchFields.TAGS, lab.tags());
        text.put(MatchFields.ACHIEVEMENTS, List.of(lab.achievements()));
        text.put(MatchFields.FACILITIES, List.of(lab.facilities()));
        return text;
    }

    public static Document toDocument(LabProfile lab) {
        Document document = new Document();
        ProfileFields.addIdAndRegion(document, lab.id(), lab.region());
        ProfileFields.addText(document, text(lab), MatchFields.LAB_TAG_TEXT);
        TrackRecord track = lab.trackRecord();
        document.add(new StoredField(MatchFields.TRACK_AWARDED, track.awarded()));
        document.add(new StoredField(MatchFields.TRACK_COMPLETED, track.completed()));
        document.add(new StoredField(MatchFields.TRACK_FAILED, track.failed()));
        document.add(new StoredField(MatchFields.TRACK_ON_TIME, track.onTimeRatio()));
        return document;
    }

    /** The track record stored in a lab document. */
    static TrackRecord trackRecord(Document stored) {
        return new TrackRecord(
                intValue(stored, MatchFields.TRACK_AWARDED),
                intValue(stored, MatchFields.TRACK_COMPLETED),
                intValue(stored, MatchFields.TRACK_FAILED),
                stored.getField(MatchFields.TRACK_ON_TIME) == null ? 0.0
                        : stored.getField(MatchFields.TRACK_ON_TIME).numericValue().doubleValue());
    }

    private static int intValue(Document stored, String field) {
        return stored.getField(field) == null ? 0 : stored.getField(field).numericValue().intValue();
    }
}
