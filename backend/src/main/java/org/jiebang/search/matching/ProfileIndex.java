package org.jiebang.search.matching;

import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;

/**
 * One Lucene index of profiles keyed by id: a single {@link IndexWriter} (itself thread-safe) and a
 * {@link SearcherManager}, so any number of threads can rank while another writes.
 */
final class ProfileIndex implements Closeable {

    /** Work done with an acquired searcher, which is released afterwards whatever happens. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SegmentNorms norms = new SegmentNorms();

    ProfileIndex(Directory directory, Analyzer analyzer, Similarity similarity) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(similarity)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(similarity);
                return searcher;
            }
        });
    }

    void upsert(String id, Iterable<? extends IndexableField> document) throws IOException {
        writer.updateDocument(new Term(MatchFields.ID, id), document);
    }

    void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(MatchFields.ID, id));
    }

    /** Makes every change so far visible to searches that start afterwards. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Whether the writer is open and has not failed beyond repair. */
    boolean isHealthy() {
        return writer.isOpen() && writer.getTragicException() == null;
    }

    void commit() throws IOException {
        writer.commit();
    }

    /** The length norms of this index's segments, cached per segment. */
    SegmentNorms norms() {
        return norms;
    }

    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            writer.close();
        }
    }
}
