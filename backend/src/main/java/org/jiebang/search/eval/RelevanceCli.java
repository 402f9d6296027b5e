package org.jiebang.search.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiebang.search.analysis.JiebangAnalyzer;
import org.jiebang.search.analysis.SynonymSource;
import org.jiebang.search.matching.MatchEngine;
import org.jiebang.search.matching.MatchWeights;

/**
 * {@code deploy/bench/relevance FOLDER [--synonyms FILE] [--depth N] [--run FILE] [--candidates N]
 * [--max-terms N]}: matching quality and latency of the production analyzer and matcher on a benchmark folder, without a server or
 * database.
 */
public final class RelevanceCli {

    private static final String USAGE =
            "usage: relevance FOLDER [--synonyms seeds/synonyms.txt] [--depth 100] [--run run.tsv] [--candidates 200]"
                    + " [--max-terms 150]";

    private RelevanceCli() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        EvalSet set = EvalSetReader.read(options.folder());
        try (JiebangAnalyzer analyzer = JiebangAnalyzer.create(SynonymSource.file(options.synonyms()));
                MatchEngine engine = MatchEngine.inMemory(analyzer, options.weights())) {
            RelevanceRun.Result result = RelevanceRun.run(engine, set, options.depth());
            report(System.out, set, analyzer, options, result);
            if (options.runFile() != null) {
                writeRun(options.runFile(), result.rankings());
                System.out.println("run file: " + options.runFile());
            }
        }
    }

    private static void report(PrintStream out, EvalSet set, JiebangAnalyzer analyzer, Options options,
            RelevanceRun.Result result) {
        out.printf(Locale.ROOT, "## %s (%d challenges, %d labs, %d judged pairs; %d synonym groups; indexed in %.1f s)%n",
                set.name(), set.challenges().size(), set.labs().size(), set.judgedPairs(), analyzer.synonymGroups(),
                result.indexingMillis() / 1000.0);
        List<TrackResult> tracks = TrackEvaluator.evaluate(result.rankings(), set.qrels(), set.gradeTracks());
        out.println("| track | challenges | nDCG@10 | recall@10 | recall@50 | MRR |");
        out.println("|---|---|---|---|---|---|");
        for (TrackResult track : tracks) {
            out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", track.track(), track.challenges(),
                    track.ndcgAt10(), track.recallAt10(), track.recallAt50(), track.mrr());
        }
        out.printf(Locale.ROOT, "nDCG@10: %.3f%n", tracks.get(0).ndcgAt10());
        FirstGradeThree.of(result.rankings(), set.qrels()).ifPresent(first -> out.println(first.describe()));
        out.printf(Locale.ROOT, "matching latency (top %d with explanations, %d challenges, 1 thread): "
                        + "p50 %.2f ms, p99 %.2f ms (CPU time: p50 %.2f ms, p99 %.2f ms; %d cores)%n",
                options.depth(), result.latency().count(), result.latency().percentileMillis(50),
                result.latency().percentileMillis(99), result.cpu().percentileMillis(50),
                result.cpu().percentileMillis(99), Runtime.getRuntime().availableProcessors());
    }

    private static void writeRun(Path file, Map<String, List<String>> rankings) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, List<String>> entry : rankings.entrySet()) {
                List<String> labs = entry.getValue();
                for (int rank = 1; rank <= labs.size(); rank++) {
                    writer.write(entry.getKey() + "\t" + labs.get(rank - 1) + "\t" + rank + "\n");
                }
            }
        }
    }

    /** Parsed command line. */
    record Options(Path folder, Path synonyms, int depth, Path runFile, MatchWeights weights) {

        static Options parse(String[] args) {
            Path folder = null;
            Path synonyms = Path.of("seeds", "synonyms.txt");
            int depth = 100;
            Path runFile = null;
            MatchWeights weights = MatchWeights.defaults();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--synonyms" -> synonyms = Path.of(value(args, ++i));
                    case "--depth" -> depth = Integer.parseInt(value(args, ++i));
                    case "--run" -> runFile = Path.of(value(args, ++i));
                    case "--candidates" -> weights = weights.withCandidates(Integer.parseInt(value(args, ++i)));
                    case "--max-terms" -> weights = weights.withMaxTerms(Integer.parseInt(value(args, ++i)));
                    default -> {
                        if (args[i].startsWith("--") || folder != null) {
                            throw new IllegalArgumentException("unexpected argument: " + args[i]);
                        }
                        folder = Path.of(args[i]);
                    }
                }
            }
            if (folder == null || !Files.isDirectory(folder)) {
                throw new IllegalArgumentException("not a benchmark folder: " + folder);
            }
            if (depth < 50) {
                throw new IllegalArgumentException("--depth must be at least 50 for recall@50");
            }
            return new Options(folder, synonyms, depth, runFile, weights);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException("missing value for " + args[i - 1]);
            }
            return args[i];
        }
    }
}
