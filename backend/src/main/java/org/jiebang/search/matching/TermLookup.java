package org.jiebang.search.matching;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Looks up many terms of one field in one sorted pass per segment, reusing a single {@link TermsEnum};
 * {@link TermStates#build} opens a fresh enum per term, which for hundreds of query terms costs more
 * than scoring them. In a large index the sorted terms are split into one run per core ({@link Parts}).
 */
final class TermLookup {

    private TermLookup() {
    }

    /** The states of each term (docFreq 0 when absent), in the order of {@code terms}. */
    static TermStates[] lookup(IndexReader reader, String field, List<String> terms) throws IOException {
        TermStates[] states = new TermStates[terms.size()];
        BytesRef[] bytes = new BytesRef[terms.size()];
        Integer[] order = new Integer[terms.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = new TermStates(reader.getContext());
            bytes[i] = new BytesRef(terms.get(i));
            order[i] = i;
        }
        // Seeking in ascending order lets the enum reuse the blocks it has already loaded.
        Arrays.sort(order, Comparator.comparing(i -> bytes[i]));
        // Each part registers only the states of its own terms.
        Parts.split(order.length, Parts.of(reader, order.length), Parts.POOL, (from, to) -> {
            lookup(reader, field, bytes, order, from, to, states);
            return null;
        });
        return states;
    }

    private static void lookup(IndexReader reader, String field, BytesRef[] bytes, Integer[] order, int from, int to,
            TermStates[] states) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms indexed = leaf.reader().terms(field);
            if (indexed == null) {
                continue;
            }
            TermsEnum termsEnum = indexed.iterator();
            for (int k = from; k < to; k++) {
                int i = order[k];
                if (termsEnum.seekExact(bytes[i])) {
                    states[i].register(termsEnum.termState(), leaf.ord, termsEnum.docFreq(), termsEnum.totalTermFreq());
                }
            }
        }
    }
}
