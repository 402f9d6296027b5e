package org.jiebang.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jiebang.search.analysis.JiebangAnalyzer;
import org.jiebang.search.analysis.SynonymSource;
import org.jiebang.search.matching.MatchEngine;
import org.jiebang.search.matching.MatchWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelevanceRunTests {

    @TempDir
    Path folder;

    @Test
    void readsABenchmarkFolderAndRanksTheRelevantLabFirst() throws Exception {
        write("labs.jsonl",
                "{\"id\": \"L1\", \"name\": \"宽禁带组\", \"orgType\": \"UNIVERSITY\", \"summary\": \"\", "
                        + "\"capabilities\": \"碳化硅MOSFET芯片\", \"keywords\": [\"SiC\"], \"achievements\": null, "
                        + "\"facilities\": \"中试线\", \"region\": \"上海\"}",
                "{\"id\": \"L2\", \"name\": \"Packaging Films\", \"summary\": \"food packaging\", "
                        + "\"capabilities\": \"barrier films\", \"achievements\": \"\", \"keywords\": [], \"region\": null}");
        write("challenges.jsonl",
                "{\"id\": \"C1\", \"title\": \"SiC MOSFET\", \"description\": \"【技术指标】导通电阻\", "
                        + "\"requiredCapabilities\": [\"碳化硅\"], \"industryChain\": \"集成电路\", "
                        + "\"technicalIndicators\": [{\"name\": \"导通电阻\", \"target\": \"≤ 2\", \"unit\": \"mΩ\"}]}");
        write("qrels.tsv", "C1\tL1\t3");

        EvalSet set = EvalSetReader.read(folder);
        assertThat(set.labs()).hasSize(2);
        assertThat(set.labs().get(0).keywords()).containsExactly("SiC");
        assertThat(set.challenges().get(0).technicalIndicators()).hasSize(1);
        assertThat(set.gradeTracks()).isFalse();
        assertThat(set.judgedPairs()).isEqualTo(1);

        try (JiebangAnalyzer analyzer = JiebangAnalyzer.create(SynonymSource.text("碳化硅, SiC"));
                MatchEngine engine = MatchEngine.inMemory(analyzer, MatchWeights.defaults())) {
            RelevanceRun.Result result = RelevanceRun.run(engine, set, 50);
            assertThat(result.rankings().get("C1")).startsWith("L1");
            assertThat(result.latency().count()).isEqualTo(1);
            List<TrackResult> tracks = TrackEvaluator.evaluate(result.rankings(), set.qrels(), set.gradeTracks());
            assertThat(tracks.get(0).ndcgAt10()).isEqualTo(1.0);
        }
    }

    @Test
    void aSourceFieldMarksTheSbirTracks() throws IOException {
        write("labs.jsonl", "{\"id\": \"L1\", \"name\": \"A\"}");
        write("challenges.jsonl", "{\"id\": \"C1\", \"title\": \"t\", \"description\": \"d\", \"source\": \"DOD - 2013\"}");
        write("qrels.tsv", "C1\tL1\t3", "");
        assertThat(EvalSetReader.read(folder).gradeTracks()).isTrue();
    }

    private void write(String file, String... lines) throws IOException {
        Files.write(folder.resolve(file), List.of(lines), StandardCharsets.UTF_8);
    }
}
