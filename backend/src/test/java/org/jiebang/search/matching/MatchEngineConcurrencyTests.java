package org.jiebang.search.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiebang.search.analysis.JiebangAnalyzer;
import org.jiebang.search.analysis.SynonymSource;
import org.junit.jupiter.api.Test;

class MatchEngineConcurrencyTests {

    @Test
    void concurrentRankingsWhileIndexingAllSucceed() throws Exception {
        try (JiebangAnalyzer analyzer = JiebangAnalyzer.create(SynonymSource.text(Profiles.RULES));
                MatchEngine engine = MatchEngine.inMemory(analyzer, MatchWeights.defaults())) {
            engine.indexLab(Profiles.lab("seed", "碳化硅功率器件"));
            engine.refresh();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int thread = t;
                    results.add(pool.submit(work(engine, thread)));
                }
                for (Future<Integer> result : results) {
                    assertThat(result.get()).isPositive();
                }
            } finally {
                pool.shutdownNow();
            }
            engine.refresh();
            assertThat(engine.labsFor(Profiles.challenge("C", "SiC", ""), 500)).hasSize(1 + 2 * 50);
        }
    }

    /** Even threads index and now and then refresh, odd threads rank; every ranking must still find the seed lab. */
    private static Callable<Integer> work(MatchEngine engine, int thread) {
        return () -> {
            int done = 0;
            for (int i = 0; i < 50; i++) {
                if (thread % 2 == 0) {
                    engine.indexLab(Profiles.lab("lab-" + thread + "-" + i, "silicon carbide MOSFET " + i));
                    if (i % 10 == 9) {
                        engine.refresh();
                    }
                } else {
                    assertThat(engine.labsFor(Profiles.challenge("C", "碳化硅", ""), 5)).isNotEmpty();
                }
                done++;
            }
            return done;
        };
    }
}
