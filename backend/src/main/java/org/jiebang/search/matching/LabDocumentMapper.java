package org.jiebang.search.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;

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
        document.add(new NumericDocValuesField(MatchFields.TRACK_AWARDED, track.awarded()));
        document.add(new NumericDocValuesField(MatchFields.TRACK_COMPLETED, track.completed()));
        document.add(new NumericDocValuesField(MatchFields.TRACK_FAILED, track.failed()));
        document.add(new NumericDocValuesField(MatchFields.TRACK_ON_TIME, onTimeBits(track.onTimeRatio())));
        return document;
    }

    /** The track record of a lab document, as {@link #toDocument} wrote it. */
    static TrackRecord trackRecord(Document document) {
        return trackRecord(value(document, MatchFields.TRACK_AWARDED), value(document, MatchFields.TRACK_COMPLETED),
                value(document, MatchFields.TRACK_FAILED), value(document, MatchFields.TRACK_ON_TIME));
    }

    /** The track record from its four doc values (0 for a missing one). */
    static TrackRecord trackRecord(long awarded, long completed, long failed, long onTimeBits) {
        return new TrackRecord((int) awarded, (int) completed, (int) failed, Double.longBitsToDouble(onTimeBits));
    }

    /** The on-time ratio as a long doc value; 0 decodes as 0.0. */
    private static long onTimeBits(double ratio) {
        return Double.doubleToLongBits(ratio);
    }

    private static long value(Document document, String field) {
        return document.getField(field) == null ? 0L : document.getField(field).numericValue().longValue();
    }
}
