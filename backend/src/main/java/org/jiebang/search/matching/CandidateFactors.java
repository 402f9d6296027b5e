package org.jiebang.search.matching;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;

/** The non-text factors of one ranking request, computed for the candidates that text relevance found. */
interface CandidateFactors {

    /** Tag overlap, track record and region of one candidate, each in [0, 1]. */
    record Values(double tags, List<String> matchedTags, double trackRecord, double region) {
    }

    /** Called once with all candidates before {@link #of}, so index lookups can be batched. */
    void prepare(IndexReader reader, int[] docs) throws IOException;

    /** The factor values of one candidate, given its doc values. */
    Values of(int doc, CandidateValues values);
}
