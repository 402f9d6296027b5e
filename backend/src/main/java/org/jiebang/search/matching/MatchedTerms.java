package org.jiebang.search.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.jiebang.search.analysis.FieldKind;

/** Works out, for the explained matches, which query terms hit which property of the matched profile. */
final class MatchedTerms {

    /** A query term looked up in one indexed field. */
    private record Clause(String field, QueryTerm term) {
    }

    private MatchedTerms() {
    }

    /**
     * Per document, per base property in {@code order}, the surface forms of the query terms found there,
     * heaviest first; words, bigrams and concepts of the same property are merged.
     */
    static Map<Integer, Map<String, List<String>>> find(IndexReader reader, int[] docs, List<QueryTerm> terms,
            List<String> order) throws IOException {
        Map<TermPresence.FieldTerm, Clause> byTerm = new HashMap<>();
        for (QueryTerm term : terms) {
            for (String field : order) {
                String indexed = term.kind().field(field);
                byTerm.put(new TermPresence.FieldTerm(indexed, term.term()), new Clause(indexed, term));
            }
        }
        Map<Integer, Set<TermPresence.FieldTerm>> present = TermPresence.find(reader, docs, byTerm.keySet());
        Map<Integer, Map<String, List<String>>> result = new HashMap<>();
        for (int doc : docs) {
            List<Clause> hits = new ArrayList<>();
            for (TermPresence.FieldTerm term : present.getOrDefault(doc, Set.of())) {
                hits.add(byTerm.get(term));
            }
            result.put(doc, group(hits, order));
        }
        return result;
    }

    private static Map<String, List<String>> group(List<Clause> hits, List<String> order) {
        hits.sort(Comparator.comparingDouble((Clause c) -> c.term().weight()).reversed()
                .thenComparing(c -> c.term().surface()));
        Map<String, Set<String>> byField = new LinkedHashMap<>();
        for (String field : order) {
            byField.put(field, new LinkedHashSet<>());
        }
        for (Clause hit : hits) {
            byField.computeIfAbsent(FieldKind.base(hit.field()), f -> new LinkedHashSet<>()).add(hit.term().surface());
        }
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        byField.forEach((field, surfaces) -> {
            if (!surfaces.isEmpty()) {
                grouped.put(field, List.copyOf(surfaces));
            }
        });
        return grouped;
    }
}
