package org.jiebang.search.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The encoded length norms of each segment's documents, read into an array once per segment and field: a
 * segment's norms never change (deletions do not touch them), and reading 100,000 of them costs about as much as
 * scoring a dozen terms. Entries go when their segment core closes. Thread-safe.
 */
public final class SegmentNorms {

    private final Map<IndexReader.CacheKey, Map<String, byte[]>> segments = new ConcurrentHashMap<>();

    /** The norm of every document of the segment for the field (1 where the field has none). */
    public byte[] of(LeafReader reader, String field) throws IOException {
        IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        if (core == null) {
            return read(reader, field);
        }
        Map<String, byte[]> fields = segments.computeIfAbsent(core.getKey(), key -> {
            core.addClosedListener(segments::remove);
            return new ConcurrentHashMap<>();
        });
        try {
            return fields.computeIfAbsent(field, name -> {
                try {
                    return read(reader, name);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** How many segments have norms here (for tests). */
    int size() {
        return segments.size();
    }

    private static byte[] read(LeafReader reader, String field) throws IOException {
        byte[] norms = new byte[reader.maxDoc()];
        Arrays.fill(norms, (byte) 1);
        NumericDocValues values = reader.getNormValues(field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                norms[doc] = (byte) values.longValue();
            }
        }
        return norms;
    }
}
