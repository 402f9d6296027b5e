package org.jiebang.search.matching;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.lucene.analysis.Analyzer;
import org.jiebang.search.analysis.FieldKind;

/**
 * One capability tag (such as 碳化硅MOSFET) analysed into words, bigrams and concepts, so that it can be
 * checked against a lab's own tags however either side spells it.
 */
record TagTerms(String tag, Map<FieldKind, Set<String>> terms) {

    private static final char SECTION = '\u001e';
    private static final char ITEM = '\u001f';
    private static final char TAG = '\u001d';

    /** The kinds coverage is judged on; word pairs would only repeat the words. */
    private static final List<FieldKind> KINDS = List.of(FieldKind.WORDS, FieldKind.GRAMS, FieldKind.CONCEPTS);

    static TagTerms of(Analyzer analyzer, String tag) {
        Map<FieldKind, Set<String>> terms = new EnumMap<>(FieldKind.class);
        for (FieldKind kind : FieldKind.values()) {
            terms.put(kind, KINDS.contains(kind) ? Tokens.terms(analyzer, kind.field(MatchFields.TAGS), tag) : Set.of());
        }
        return new TagTerms(tag, terms);
    }

    /**
     * How much of the tag the lab covers, in [0, 1]: all of it when a synonym concept of the tag is present,
     * otherwise the larger of the shares of its words and of its character bigrams that are present.
     */
    double coverage(BiPredicate<FieldKind, String> present) {
        for (String concept : terms.get(FieldKind.CONCEPTS)) {
            if (present.test(FieldKind.CONCEPTS, concept)) {
                return 1.0;
            }
        }
        return Math.max(share(FieldKind.WORDS, present), share(FieldKind.GRAMS, present));
    }

    private double share(FieldKind kind, BiPredicate<FieldKind, String> present) {
        Set<String> wanted = terms.get(kind);
        if (wanted.isEmpty()) {
            return 0.0;
        }
        long found = wanted.stream().filter(term -> present.test(kind, term)).count();
        return (double) found / wanted.size();
    }

    /** A compact stored form: the tag, then one section per kind with its terms. */
    String encode() {
        StringBuilder out = new StringBuilder(tag);
        for (FieldKind kind : FieldKind.values()) {
            out.append(SECTION).append(String.join(String.valueOf(ITEM), terms.get(kind)));
        }
        return out.toString();
    }

    /** Several tags' stored forms as one value, the doc value of a challenge's tags. */
    static String join(List<String> encoded) {
        return String.join(String.valueOf(TAG), encoded);
    }

    /** The stored forms {@link #join} joined. */
    static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(String.valueOf(TAG), -1));
    }

    static TagTerms decode(String encoded) {
        String[] sections = encoded.split(String.valueOf(SECTION), -1);
        Map<FieldKind, Set<String>> terms = new EnumMap<>(FieldKind.class);
        for (FieldKind kind : FieldKind.values()) {
            String section = sections[kind.ordinal() + 1];
            terms.put(kind, section.isEmpty() ? Set.of()
                    : new LinkedHashSet<>(List.of(section.split(String.valueOf(ITEM)))));
        }
        return new TagTerms(sections[0], terms);
    }
}
