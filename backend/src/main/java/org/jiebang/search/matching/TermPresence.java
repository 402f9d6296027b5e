package org.jiebang.search.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Finds which (field, term) pairs occur in a handful of documents by walking postings, which for a few
 * dozen candidates is much cheaper than re-analysing their text or asking Lucene to explain each score.
 */
final class TermPresence {

    /** A term in one indexed field. */
    record FieldTerm(String field, String term) {
    }

    private TermPresence() {
    }

    /**
     * For each given document id, the subset of {@code terms} it contains (absent documents map to nothing). The
     * terms are visited in field and byte order; in a large index they are split into one run per core
     * ({@link Parts}).
     */
    static Map<Integer, Set<FieldTerm>> find(IndexReader reader, int[] docs, Collection<FieldTerm> terms)
            throws IOException {
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        List<FieldTerm> ordered = new ArrayList<>(new HashSet<>(terms));
        ordered.sort(Comparator.comparing(FieldTerm::field).thenComparing(term -> new BytesRef(term.term())));
        List<Map<Integer, Set<FieldTerm>>> found = Parts.split(ordered.size(), Parts.of(reader, ordered.size()),
                Parts.POOL, (from, to) -> find(reader, sorted, ordered.subList(from, to)));
        Map<Integer, Set<FieldTerm>> all = found.get(0);
        for (Map<Integer, Set<FieldTerm>> more : found.subList(1, found.size())) {
            more.forEach((doc, present) -> all.computeIfAbsent(doc, d -> new HashSet<>()).addAll(present));
        }
        return all;
    }

    private static Map<Integer, Set<FieldTerm>> find(IndexReader reader, int[] sorted, List<FieldTerm> terms)
            throws IOException {
        Map<String, List<FieldTerm>> byField = new LinkedHashMap<>();
        for (FieldTerm term : terms) {
            byField.computeIfAbsent(term.field(), f -> new ArrayList<>()).add(term);
        }
        Map<Integer, Set<FieldTerm>> found = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            int from = lowerBound(sorted, leaf.docBase);
            int to = lowerBound(sorted, leaf.docBase + leaf.reader().maxDoc());
            if (from < to) {
                for (Map.Entry<String, List<FieldTerm>> field : byField.entrySet()) {
                    scanField(leaf, Arrays.copyOfRange(sorted, from, to), field.getKey(), field.getValue(), found);
                }
            }
        }
        return found;
    }

    private static void scanField(LeafReaderContext leaf, int[] docs, String field, List<FieldTerm> terms,
            Map<Integer, Set<FieldTerm>> found) throws IOException {
        Terms indexed = leaf.reader().terms(field);
        if (indexed == null) {
            return;
        }
        TermsEnum termsEnum = indexed.iterator();
        PostingsEnum postings = null;
        for (FieldTerm term : terms) {
            if (!termsEnum.seekExact(new BytesRef(term.term()))) {
                continue;
            }
            postings = termsEnum.postings(postings, PostingsEnum.NONE);
            for (int doc : docs) {
                int local = doc - leaf.docBase;
                int current = postings.docID() < local ? postings.advance(local) : postings.docID();
                if (current == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                if (current == local) {
                    found.computeIfAbsent(doc, d -> new HashSet<>()).add(term);
                }
            }
        }
    }

    private static int lowerBound(int[] sorted, int value) {
        int index = Arrays.binarySearch(sorted, value);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && sorted[index - 1] == value) {
            index--;
        }
        return index;
    }
}
