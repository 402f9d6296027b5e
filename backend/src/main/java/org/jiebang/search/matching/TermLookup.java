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
 * than scoring them.
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
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms indexed = leaf.reader().terms(field);
            if (indexed == null) {
                continue;
            }
            TermsEnum termsEnum = indexed.iterator();
            for (int i : order) {
                if (termsEnum.seekExact(bytes[i])) {
                    states[i].register(termsEnum.termState(), leaf.ord, termsEnum.docFreq(), termsEnum.totalTermFreq());
                }
            }
        }
        return states;
    }
}
