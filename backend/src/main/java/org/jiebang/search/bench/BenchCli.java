package org.jiebang.search.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java side of {@code deploy/bench/run}: one step of the benchmark per call, its figures written as a
 * JSON fragment that the script merges into {@code results.json}.
 *
 * <pre>
 * BenchCli engine   --docs N --out F [--folder DIR]            in-process index, search and matching
 *                  [--as-is true]                           search the generation in DIR as it is (the application's)
 * BenchCli pg       --docs N --out F --jdbc URL [--trgm K]     PostgreSQL full-text and trigram baseline
 * BenchCli load-app --docs N --out F --jdbc URL --ids FILE     bulk-load the application's tables
 * BenchCli http     --docs N --out F --base URL                search latency over HTTP
 *   common: --queries 240 --probes 200 --rounds 3 --threads 16 --warmup-ms 3000
 * </pre>
 */
public final class BenchCli {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private BenchCli() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || args.length % 2 == 0) {
			System.err.println("usage: BenchCli engine|pg|load-app|http --docs N --out FILE [--option value ...]");
			System.exit(2);
		}
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		int docs = Integer.parseInt(options.getOrDefault("docs", "5000"));
		EngineBench.Settings settings = new EngineBench.Settings(docs, number(options, "queries", 240),
				number(options, "probes", 200), number(options, "rounds", 3), number(options, "threads", 16),
				number(options, "warmup-ms", 3000));
		// Days, not milliseconds: the same corpus all day, and deadlines stay in the future for the HTTP run.
		BenchCorpus corpus = new BenchCorpus(Vocabulary.load(), BenchCorpus.SEED,
				Instant.now().truncatedTo(ChronoUnit.DAYS));
		Object figures = switch (args[0]) {
			case "engine" -> EngineBench.run(corpus, settings,
					Path.of(options.getOrDefault("folder", Files.createTempDirectory("jiebang-bench").toString())),
					Boolean.parseBoolean(options.getOrDefault("as-is", "false")));
			case "pg" -> Map.of("pg", PgBaseline.run(corpus, settings, required(options, "jdbc"),
					number(options, "trgm", 100)));
			case "load-app" -> Map.of("http_load", AppLoader.load(corpus, docs, settings.queries(),
					required(options, "jdbc"), Path.of(required(options, "ids"))));
			case "http" -> HttpBench.run(corpus, settings, required(options, "base"));
			default -> throw new IllegalArgumentException("unknown step " + args[0]);
		};
		String json = JSON.writeValueAsString(figures);
		Files.writeString(Path.of(required(options, "out")), json, StandardCharsets.UTF_8);
		System.err.println(json);
	}

	private static int number(Map<String, String> options, String name, int fallback) {
		return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return value;
	}

}
