package org.jiebang.search.analysis;

/**
 * The three token chains of {@link JiebangAnalyzer}, chosen by the suffix of the field name.
 *
 * <p>Every text property of a profile is indexed (and queried) once per kind: segmented words for
 * precision, character bigrams for Chinese recall when the segmenter splits a term differently,
 * synonym concepts so that 碳化硅, SiC and "silicon carbide" meet on one token, and word pairs for
 * multi-word technical terms.
 */
public enum FieldKind {

    /** Segmented words: smartcn for Chinese, lower-cased, stop words removed, English plurals folded (aggressive stemmers merge distinct technical terms). */
    WORDS(""),

    /** Overlapping Chinese character bigrams only; Latin words are left to {@link #WORDS}. */
    GRAMS(".gram"),

    /** Only the concept tokens of the synonym list, one per matched synonym group. */
    CONCEPTS(".concept"),

    /** Adjacent word pairs ("silicon carbid", "碳化 硅"): rare, specific phrases that single words miss. */
    PAIRS(".pair");

    private final String suffix;

    FieldKind(String suffix) {
        this.suffix = suffix;
    }

    /** The indexed field name of this kind for a base property name such as {@code capabilities}. */
    public String field(String base) {
        return base + suffix;
    }

    /** The kind a field name belongs to; names without a known suffix are word fields. */
    public static FieldKind of(String fieldName) {
        if (fieldName.endsWith(GRAMS.suffix)) {
            return GRAMS;
        }
        if (fieldName.endsWith(CONCEPTS.suffix)) {
            return CONCEPTS;
        }
        if (fieldName.endsWith(PAIRS.suffix)) {
            return PAIRS;
        }
        return WORDS;
    }

    /** The base property name of an indexed field name (the inverse of {@link #field(String)}). */
    public static String base(String fieldName) {
        FieldKind kind = of(fieldName);
        return fieldName.substring(0, fieldName.length() - kind.suffix.length());
    }
}
