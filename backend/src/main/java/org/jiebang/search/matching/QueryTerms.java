package org.jiebang.search.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.jiebang.search.analysis.FieldKind;
import org.jiebang.search.analysis.JiebangAnalyzer;

/** Turns the sections of a profile into weighted query terms of every field kind. */
final class QueryTerms {

    private QueryTerms() {
    }

    /**
     * Analyses each section with the chain of its own field, so query and index tokens always agree, and
     * sums per term the boosts of every occurrence.
     */
    static List<QueryTerm> extract(Analyzer analyzer, Map<String, List<String>> sections, Map<String, Double> boosts) {
        Map<String, QueryTerm> terms = new LinkedHashMap<>();
        sections.forEach((section, texts) -> {
            double boost = boosts.getOrDefault(section, 0.0);
            if (boost > 0) {
                texts.forEach(text -> extract(analyzer, section, text, boost, terms));
            }
        });
        return new ArrayList<>(terms.values());
    }

    private static void extract(Analyzer analyzer, String section, String text, double boost,
            Map<String, QueryTerm> terms) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Tokens.forEach(analyzer, FieldKind.WORDS.field(section), text, (term, start, end) -> {
            add(terms, FieldKind.WORDS, term, surface(FieldKind.WORDS, term, text, start, end), boost);
            words.add(term);
            spans.add(new int[] {start, end});
        });
        // Word pairs come from the words already segmented: smartcn is the slowest step of analysis.
        for (int i = 1; i < words.size(); i++) {
            String pair = JiebangAnalyzer.pair(words.get(i - 1), words.get(i));
            String surface = surface(FieldKind.PAIRS, pair, text, spans.get(i - 1)[0], spans.get(i)[1]);
            add(terms, FieldKind.PAIRS, pair, surface, boost);
        }
        for (FieldKind kind : List.of(FieldKind.GRAMS, FieldKind.CONCEPTS)) {
            Tokens.forEach(analyzer, kind.field(section), text,
                    (term, start, end) -> add(terms, kind, term, surface(kind, term, text, start, end), boost));
        }
    }

    private static void add(Map<String, QueryTerm> terms, FieldKind kind, String term, String surface, double boost) {
        terms.merge(kind + "\u0000" + term, new QueryTerm(kind, term, surface, boost),
                (old, added) -> new QueryTerm(kind, term, old.surface(), old.weight() + added.weight()));
    }

    private static String surface(FieldKind kind, String term, String text, int start, int end) {
        if (kind == FieldKind.CONCEPTS) {
            return JiebangAnalyzer.label(term);
        }
        return start >= 0 && end <= text.length() && start < end ? text.substring(start, end) : term;
    }
}
