package org.jiebang.search.matching;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.jiebang.search.analysis.FieldKind;

/** Shared pieces of the two document mappers: the text field type and region normalisation. */
final class ProfileFields {

    /** Matching scores bags of terms, so positions would only cost space and indexing time. */
    static final FieldType TEXT;

    static {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        TEXT = type;
    }

    private ProfileFields() {
    }

    /**
     * Adds every value of every text property to {@code all} in every field kind, and to its own property
     * field in words and concepts, the kinds that explanations report per property. Word pairs only score
     * the whole profile; character bigrams are kept per property only for {@code gramProperties}, the
     * properties whose tag coverage is checked (bigrams are the most numerous tokens of Chinese text, so
     * writing them once instead of twice is a large part of indexing time).
     */
    static void addText(Document document, Map<String, List<String>> text, Collection<String> gramProperties) {
        text.forEach((base, values) -> {
            for (String value : values) {
                if (value.isBlank()) {
                    continue;
                }
                for (FieldKind kind : FieldKind.values()) {
                    if (kind != FieldKind.PAIRS && (kind != FieldKind.GRAMS || gramProperties.contains(base))) {
                        document.add(new Field(kind.field(base), value, TEXT));
                    }
                    document.add(new Field(kind.field(MatchFields.ALL), value, TEXT));
                }
            }
        });
    }

    /**
     * The id (indexed, for updates and deletes) and the normalised region, both also as doc values: ranking
     * reads them for each of its candidates ({@link CandidateValues}).
     */
    static void addIdAndRegion(Document document, String id, String region) {
        document.add(new StringField(MatchFields.ID, id, Field.Store.NO));
        document.add(new BinaryDocValuesField(MatchFields.ID, new BytesRef(id)));
        String normalized = normalizeRegion(region);
        if (!normalized.isEmpty()) {
            document.add(new StringField(MatchFields.REGION, normalized, Field.Store.NO));
            document.add(new SortedDocValuesField(MatchFields.REGION, new BytesRef(normalized)));
        }
    }

    /** "上海市", "上海" and " Shanghai City " compare equal only after dropping the administrative suffix. */
    static String normalizeRegion(String region) {
        String value = region == null ? "" : region.strip().toLowerCase(Locale.ROOT);
        for (String suffix : List.of("特别行政区", "自治区", "省", "市", " city", " province")) {
            if (value.endsWith(suffix) && value.length() > suffix.length()) {
                return value.substring(0, value.length() - suffix.length()).strip();
            }
        }
        return value;
    }
}
