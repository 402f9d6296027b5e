package org.jiebang.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.ChallengeType;
import org.jiebang.challenge.IndexableChallenge;
import org.jiebang.challenge.TechnicalIndicator;
import org.jiebang.search.analysis.JiebangAnalyzer;
import org.jiebang.search.analysis.SynonymSource;
import org.jiebang.search.matching.MatchWeights;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search split by document range among parts finds the same page, total and facet counts as one pass, for
 * every order, with filters (whose facets are counted sideways) and past the first page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SplitSearchTests {

    private static final List<String> WORDS = List.of("碳化硅", "功率器件", "外延", "衬底", "氢燃料电池", "电堆", "膜电极",
            "工业软件", "仿真", "有限元", "锂电池", "固态电解质", "silicon", "carbide", "hydrogen", "simulation", "battery",
            "sensor", "传感器", "机器视觉", "检测", "算法", "材料", "工艺");

    private static final List<String> CHAINS = List.of("IC", "NEV", "HYDROGEN", "SOFTWARE", "MATERIALS");

    private static final List<String> PROVINCES = List.of("11", "31", "32", "44", "51");

    private final Random random = new Random(20261128);

    private JiebangAnalyzer analyzer;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    @BeforeAll
    void index(@TempDir Path folder) throws IOException {
        analyzer = JiebangAnalyzer.create(SynonymSource.classpath("seeds/synonyms.txt"));
        Path generationFolder = folder.resolve("g");
        try (IndexGeneration generation = IndexGeneration.create(generationFolder, "split-test", analyzer,
                MatchWeights.defaults(), Labels.none())) {
            Instant now = Instant.parse("2026-11-28T00:00:00Z");
            for (int i = 0; i < 600; i++) {
                generation.put(challenge(i, now));
                if (i % 150 == 149) {
                    generation.commit(i);
                }
            }
            generation.commit(600);
        }
        reader = DirectoryReader.open(FSDirectory.open(generationFolder.resolve("challenges")));
        searcher = new IndexSearcher(reader);
        assertThat(Files.exists(generationFolder.resolve("challenges"))).isTrue();
    }

    @AfterAll
    void close() throws IOException {
        reader.close();
        analyzer.close();
    }

    @Test
    void everyOrderFilterAndPageIsTheSameInPartsAsInOnePass() throws IOException {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        int compared = 0;
        for (ChallengeSearchQuery.Sort sort : ChallengeSearchQuery.Sort.values()) {
            for (String text : List.of("碳化硅 功率器件", "hydrogen 电堆", "仿真", "")) {
                for (Set<String> chains : List.of(Set.<String>of(), Set.of("IC", "NEV"))) {
                    for (int offset : new int[] { 0, 20 }) {
                        ChallengeSearchQuery query = new ChallengeSearchQuery(text, chains, null, null, null, null, null,
                                null, null, sort, offset, 20);
                        SearchResult whole = Searches.challenges(searcher, analyzer, query, 1, Searches.Evaluation.TERMS);
                        for (int parts = 2; parts <= 4; parts++) {
                            same(Searches.challenges(searcher, analyzer, query, parts, Searches.Evaluation.TERMS), whole);
                            same(Searches.challenges(searcher, analyzer, query, parts, Searches.Evaluation.QUERY),
                                    Searches.challenges(searcher, analyzer, query, 1, Searches.Evaluation.QUERY));
                        }
                        compared += whole.hits().isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(40);
    }

    @Test
    void termAtATimeFindsAndScoresWhatLucenesScorersDo() throws IOException {
        int compared = 0;
        for (ChallengeSearchQuery.Sort sort : ChallengeSearchQuery.Sort.values()) {
            // One- to five-word queries (five: one word may be missing), bigrams of unknown words, concepts alone.
            for (String text : List.of("碳化硅 功率器件", "hydrogen 电堆", "仿真", "碳化硅功率器件外延", "有限元 仿真 传感器 算法 zzz",
                    "SiC", "silicon carbide", "氢能 电池", "测试 平台 检测", "不存在的词语")) {
                for (Set<String> chains : List.of(Set.<String>of(), Set.of("IC", "NEV"))) {
                    ChallengeSearchQuery query = new ChallengeSearchQuery(text, chains, null, null, null, null, null,
                            null, null, sort, 0, 600);
                    SearchResult lucene = Searches.challenges(searcher, analyzer, query, 1,
                            Searches.Evaluation.QUERY);
                    for (Searches.Evaluation evaluation : List.of(Searches.Evaluation.TERMS,
                            Searches.Evaluation.TERMS_IN_SMALL_WINDOWS)) {
                        SearchResult terms = Searches.challenges(searcher, analyzer, query, 2, evaluation);
                        assertThat(terms.total()).as(text + " " + evaluation).isEqualTo(lucene.total());
                        assertThat(terms.facets()).as(text + " " + evaluation).isEqualTo(lucene.facets());
                        assertThat(terms.hits()).hasSize(lucene.hits().size());
                        if (sort != ChallengeSearchQuery.Sort.RELEVANCE) {
                            assertThat(terms.hits()).extracting(SearchResult.Hit::id)
                                    .containsExactlyElementsOf(
                                            lucene.hits().stream().map(SearchResult.Hit::id).toList());
                        }
                        // Scores are the same sums added in another order: equal up to float rounding, so
                        // documents with equal scores may swap places, and nothing else.
                        java.util.Map<String, Float> scores = new java.util.HashMap<>();
                        lucene.hits().forEach(hit -> scores.put(hit.id(), hit.score()));
                        for (int i = 0; i < terms.hits().size(); i++) {
                            SearchResult.Hit hit = terms.hits().get(i);
                            assertThat(scores).containsKey(hit.id());
                            assertThat(hit.score()).isCloseTo(scores.get(hit.id()),
                                    within(1e-4f * Math.max(1f, hit.score())));
                            assertThat(hit.score()).isCloseTo(lucene.hits().get(i).score(),
                                    within(1e-4f * Math.max(1f, hit.score())));
                        }
                    }
                    compared += lucene.total() > 0 ? 1 : 0;
                }
            }
        }
        assertThat(compared).isGreaterThan(50);
    }

    private static void same(SearchResult split, SearchResult whole) {
        assertThat(split.total()).isEqualTo(whole.total());
        assertThat(split.facets()).isEqualTo(whole.facets());
        assertThat(split.hits()).extracting(SearchResult.Hit::id)
                .containsExactlyElementsOf(whole.hits().stream().map(SearchResult.Hit::id).toList());
        for (int i = 0; i < whole.hits().size(); i++) {
            assertThat(split.hits().get(i).score()).isCloseTo(whole.hits().get(i).score(), within(1e-5f));
            assertThat(split.hits().get(i).highlights()).isEqualTo(whole.hits().get(i).highlights());
        }
    }

    private IndexableChallenge challenge(int i, Instant now) {
        StringBuilder description = new StringBuilder();
        for (int w = 0; w < 12 + random.nextInt(30); w++) {
            description.append(WORDS.get(random.nextInt(WORDS.size()))).append(w % 5 == 4 ? "。" : "，");
        }
        String title = WORDS.get(random.nextInt(WORDS.size())) + WORDS.get(random.nextInt(WORDS.size())) + "攻关 " + i;
        return new IndexableChallenge(new UUID(7, i), new UUID(8, i % 7), ChallengeStatus.PUBLISHED, title,
                WORDS.get(random.nextInt(WORDS.size())) + "技术需求", description.toString(),
                List.of(new TechnicalIndicator("良率", ">" + (90 + random.nextInt(9)) + "%", null)),
                List.of(WORDS.get(random.nextInt(WORDS.size()))), CHAINS.get(random.nextInt(CHAINS.size())),
                List.of(), ChallengeType.values()[random.nextInt(ChallengeType.values().length)],
                // Repeated bounties and deadlines: ties are broken by document order.
                BigDecimal.valueOf(100_000L * (1 + random.nextInt(20))), now.plus(Duration.ofDays(1 + random.nextInt(30))),
                PROVINCES.get(random.nextInt(PROVINCES.size())), "某市", now.minus(Duration.ofHours(random.nextInt(500))));
    }
}
