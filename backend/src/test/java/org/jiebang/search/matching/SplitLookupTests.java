package org.jiebang.search.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** In an index large enough to be split among the cores, term lookups and presence scans find what one pass finds. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SplitLookupTests {

    private final Random random = new Random(20261128);
    private Directory directory;
    private DirectoryReader reader;

    @BeforeAll
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int id = 0; id < 2 * Parts.MIN_PART + 500; id++) {
                Document document = new Document();
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < 4; i++) {
                    text.append('w').append((int) Math.floor(Math.pow(random.nextDouble(), 2) * 3_000)).append(' ');
                }
                document.add(new TextField(id % 2 == 0 ? "a" : "b", text.toString(), Field.Store.NO));
                writer.addDocument(document);
                if (id % 9_000 == 8_999) {
                    writer.commit();
                }
            }
        }
        reader = DirectoryReader.open(directory);
        assertThat(Parts.of(reader)).isEqualTo(Parts.CORES);
        assertThat(reader.leaves()).hasSizeGreaterThan(2);
    }

    @AfterAll
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void lookingUpManyTermsGivesEachTheStatisticsOfItsOwnLookup() throws IOException {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            terms.add("w" + random.nextInt(3_500)); // some absent, some repeated
        }
        TermStates[] states = TermLookup.lookup(reader, "a", terms);
        IndexSearcher searcher = new IndexSearcher(reader);
        for (int i = 0; i < terms.size(); i++) {
            TermStates expected = TermStates.build(searcher, new Term("a", terms.get(i)), true);
            assertThat(states[i].docFreq()).as(terms.get(i)).isEqualTo(expected.docFreq());
            assertThat(states[i].totalTermFreq()).as(terms.get(i)).isEqualTo(expected.totalTermFreq());
            for (LeafReaderContext leaf : reader.leaves()) {
                assertThat(states[i].get(leaf) == null).isEqualTo(expected.get(leaf) == null);
            }
        }
    }

    @Test
    void scanningManyTermsFindsWhatEachDocumentHolds() throws IOException {
        int[] docs = random.ints(200, 0, reader.maxDoc()).distinct().toArray();
        List<TermPresence.FieldTerm> terms = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            terms.add(new TermPresence.FieldTerm(i % 3 == 0 ? "b" : "a", "w" + random.nextInt(600)));
        }
        Map<Integer, Set<TermPresence.FieldTerm>> found = TermPresence.find(reader, docs, terms);

        Map<Integer, Set<TermPresence.FieldTerm>> expected = new HashMap<>();
        for (TermPresence.FieldTerm term : new HashSet<>(terms)) {
            for (int doc : docs) {
                if (holds(doc, term)) {
                    expected.computeIfAbsent(doc, d -> new HashSet<>()).add(term);
                }
            }
        }
        assertThat(found).isNotEmpty().isEqualTo(expected);
    }

    private boolean holds(int doc, TermPresence.FieldTerm term) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        Terms terms = leaf.reader().terms(term.field());
        if (terms == null) {
            return false;
        }
        TermsEnum termsEnum = terms.iterator();
        if (!termsEnum.seekExact(new BytesRef(term.term()))) {
            return false;
        }
        PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
        return postings.advance(doc - leaf.docBase) == doc - leaf.docBase;
    }
}
