package org.jiebang.search.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Term-at-a-time scoring ranks exactly as Lucene's boolean query of the same boosted terms. */
class WeightedTermsTests {

    private static final BM25Similarity SIMILARITY = new BM25Similarity(0.9f, 0.4f);
    private static final List<String> FIELDS = List.of("all", "tags");

    private final Random random = new Random(20261128);
    private final SegmentNorms norms = new SegmentNorms();
    private Directory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    @BeforeEach
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(SIMILARITY)
                .setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            // Several segments, documents without the second field, and deletions in older segments.
            for (int id = 0; id < 3_000; id++) {
                Document document = new Document();
                document.add(new StringField("id", Integer.toString(id), Field.Store.YES));
                document.add(new TextField("all", text(1 + random.nextInt(120)), Field.Store.NO));
                if (id % 3 != 0) {
                    document.add(new TextField("tags", text(1 + random.nextInt(6)), Field.Store.NO));
                }
                writer.addDocument(document);
                if (id % 700 == 699) {
                    writer.commit();
                }
                if (id % 11 == 5) {
                    writer.deleteDocuments(new Term("id", Integer.toString(id / 2)));
                }
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(SIMILARITY);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void ranksTheSameDocumentsWithTheSameScoresAsTheBooleanQuery() throws IOException {
        assertThat(reader.leaves()).hasSizeGreaterThan(3);
        assertThat(reader.hasDeletions()).isTrue();
        sameAsBooleanQuery();
    }

    @Test
    void anotherSimilarityScoresThroughItsOwnScorer() throws IOException {
        searcher.setSimilarity(new ClassicSimilarity());
        sameAsBooleanQuery();
    }

    private void sameAsBooleanQuery() throws IOException {
        for (int round = 0; round < 50; round++) {
            WeightedTerms terms = randomTerms(1 + random.nextInt(300));
            int n = 1 + random.nextInt(150);
            TopDocs expected = searcher.search(terms.toQuery(), new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE));
            TopDocs actual = terms.top(searcher, norms, n);
            assertThat(actual.totalHits.value).isEqualTo(expected.totalHits.value);
            assertThat(actual.scoreDocs).hasSameSizeAs(expected.scoreDocs);
            for (int i = 0; i < expected.scoreDocs.length; i++) {
                assertThat(actual.scoreDocs[i].score).isCloseTo(expected.scoreDocs[i].score,
                        within(expected.scoreDocs[i].score * 1e-5f));
            }
            // Documents agree except where summation order separates scores equal to the last float bit.
            long same = 0;
            for (int i = 0; i < expected.scoreDocs.length; i++) {
                same += expected.scoreDocs[i].doc == actual.scoreDocs[i].doc ? 1 : 0;
            }
            assertThat(same).isGreaterThanOrEqualTo(expected.scoreDocs.length - 2L);
        }
    }

    @Test
    void splittingTheDocumentsAmongHelpersChangesNothing() throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            // A pool that takes the shares, one that runs them at once on the caller, one that never runs them.
            List<Executor> helpers = List.of(pool, Runnable::run, task -> { });
            for (int round = 0; round < 30; round++) {
                WeightedTerms terms = randomTerms(1 + random.nextInt(300));
                int n = 1 + random.nextInt(150);
                TopDocs whole = terms.top(searcher, norms, n, 1, pool);
                for (int parts = 2; parts <= 5; parts++) {
                    TopDocs split = terms.top(searcher, norms, n, parts, helpers.get(round % helpers.size()));
                    assertThat(split.totalHits).isEqualTo(whole.totalHits);
                    assertThat(split.scoreDocs).extracting(d -> d.doc)
                            .containsExactly(Arrays.stream(whole.scoreDocs).map(d -> d.doc).toArray(Integer[]::new));
                    assertThat(split.scoreDocs).extracting(d -> d.score)
                            .containsExactly(Arrays.stream(whole.scoreDocs).map(d -> d.score).toArray(Float[]::new));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aShareNoHelperTakesIsScoredByTheCaller() throws IOException {
        WeightedTerms terms = randomTerms(200);
        List<Runnable> offered = new ArrayList<>();
        TopDocs split = terms.top(searcher, norms, 50, 3, offered::add);
        assertThat(offered).hasSize(2);
        offered.forEach(Runnable::run); // too late: already claimed, nothing runs twice
        TopDocs whole = terms.top(searcher, norms, 50, 1, Runnable::run);
        assertThat(split.totalHits).isEqualTo(whole.totalHits);
        assertThat(split.scoreDocs).extracting(d -> d.doc)
                .containsExactly(Arrays.stream(whole.scoreDocs).map(d -> d.doc).toArray(Integer[]::new));
    }

    @Test
    void termsTheIndexLacksMatchNothing() throws IOException {
        WeightedTerms terms = weighted(List.of(new Term("all", "absent"), new Term("nowhere", "w1")));
        TopDocs top = terms.top(searcher, norms, 10);
        assertThat(top.totalHits.value).isZero();
        assertThat(top.scoreDocs).isEmpty();
    }

    @Test
    void fewerHitsThanAskedForAreAllReturnedBestFirst() throws IOException {
        WeightedTerms terms = weighted(List.of(new Term("tags", "w0")));
        TopDocs top = terms.top(searcher, norms, 100_000);
        assertThat(top.totalHits.value).isPositive().isEqualTo(top.scoreDocs.length);
        for (int i = 1; i < top.scoreDocs.length; i++) {
            assertThat(top.scoreDocs[i].score).isLessThanOrEqualTo(top.scoreDocs[i - 1].score);
        }
    }

    @Test
    void normsAreReadOncePerSegmentAndDroppedWhenTheSegmentsClose() throws IOException {
        randomTerms(50).top(searcher, norms, 10);
        assertThat(norms.size()).isEqualTo(reader.leaves().size());
        randomTerms(50).top(searcher, norms, 10);
        assertThat(norms.size()).isEqualTo(reader.leaves().size());
        reader.close();
        assertThat(norms.size()).isZero();
        reader = DirectoryReader.open(directory);
    }

    @Test
    void twoStagesScoreEachCandidateExactlyAsOneStageAndRankTheBestCandidates() throws IOException {
        int twoStaged = 0;
        for (int round = 0; round < 40; round++) {
            WeightedTerms one = randomTerms(20 + random.nextInt(280));
            // The first few terms retrieve, as the most telling terms of each kind do.
            int retrieving = 1 + random.nextInt(Math.min(40, one.terms().size()));
            List<WeightedTerms.WeightedTerm> marked = new ArrayList<>();
            for (int i = 0; i < one.terms().size(); i++) {
                WeightedTerms.WeightedTerm term = one.terms().get(i);
                marked.add(new WeightedTerms.WeightedTerm(term.term(), term.boost(), term.states(), i < retrieving));
            }
            int candidates = 20 + random.nextInt(400);
            int n = 1 + random.nextInt(candidates - 1);
            // Both stages split among helpers that run their parts at once, or never (the caller runs them).
            Executor helpers = round % 2 == 0 ? Runnable::run : task -> { };
            TopDocs two = new WeightedTerms(marked, candidates).top(searcher, norms, n, 1 + round % 3, helpers);

            Map<Integer, Float> full = new HashMap<>();
            for (ScoreDoc doc : one.top(searcher, norms, reader.maxDoc()).scoreDocs) {
                full.put(doc.doc, doc.score);
            }
            TopDocs first = new WeightedTerms(marked.subList(0, retrieving)).top(searcher, norms, candidates);
            if (first.totalHits.value <= candidates) {
                // Too few documents for a second stage: the one-stage ranking.
                TopDocs expected = one.top(searcher, norms, n);
                assertThat(two.totalHits).isEqualTo(expected.totalHits);
                assertThat(two.scoreDocs).extracting(d -> d.doc)
                        .containsExactly(Arrays.stream(expected.scoreDocs).map(d -> d.doc).toArray(Integer[]::new));
                continue;
            }
            twoStaged++;
            List<ScoreDoc> expected = new ArrayList<>();
            for (ScoreDoc candidate : first.scoreDocs) {
                expected.add(new ScoreDoc(candidate.doc, full.get(candidate.doc)));
            }
            expected.sort(Comparator.comparingDouble((ScoreDoc d) -> d.score).reversed().thenComparingInt(d -> d.doc));
            expected = expected.subList(0, Math.min(n, expected.size()));
            assertThat(two.totalHits.relation).isEqualTo(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
            assertThat(two.totalHits.value).isEqualTo(first.totalHits.value);
            assertThat(two.scoreDocs).extracting(d -> d.doc)
                    .containsExactly(expected.stream().map(d -> d.doc).toArray(Integer[]::new));
            // Exactly the one-stage score of each document: the same shares added in the same order.
            assertThat(two.scoreDocs).extracting(d -> d.score)
                    .containsExactly(expected.stream().map(d -> d.score).toArray(Float[]::new));
        }
        assertThat(twoStaged).isGreaterThan(20);
    }

    @Test
    void withEveryTermRetrievingThereIsOneStage() throws IOException {
        WeightedTerms one = randomTerms(150);
        WeightedTerms all = new WeightedTerms(one.terms(), 30);
        TopDocs expected = one.top(searcher, norms, 10);
        TopDocs actual = all.top(searcher, norms, 10);
        assertThat(actual.totalHits).isEqualTo(expected.totalHits);
        assertThat(actual.scoreDocs).extracting(d -> d.doc)
                .containsExactly(Arrays.stream(expected.scoreDocs).map(d -> d.doc).toArray(Integer[]::new));
    }

    /** Words w0…w499 with a skewed frequency: a few common ones, a long tail of rare ones. */
    private String text(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append('w').append((int) Math.floor(Math.pow(random.nextDouble(), 3) * 500)).append(' ');
        }
        return text.toString();
    }

    private WeightedTerms randomTerms(int count) throws IOException {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            terms.add(new Term(FIELDS.get(random.nextInt(FIELDS.size())), "w" + random.nextInt(600)));
        }
        return weighted(terms);
    }

    private WeightedTerms weighted(List<Term> terms) throws IOException {
        List<WeightedTerms.WeightedTerm> clauses = new ArrayList<>();
        for (Term term : terms) {
            clauses.add(new WeightedTerms.WeightedTerm(term, 0.25f + random.nextFloat() * 3,
                    TermStates.build(searcher, term, true)));
        }
        return new WeightedTerms(clauses);
    }
}
