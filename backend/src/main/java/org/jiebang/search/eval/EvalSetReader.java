package org.jiebang.search.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiebang.search.matching.ChallengeProfile;
import org.jiebang.search.matching.LabProfile;
import org.jiebang.search.matching.TechnicalIndicator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a benchmark folder ({@code labs.jsonl}, {@code challenges.jsonl}, {@code qrels.tsv}) into an {@link EvalSet}. */
public final class EvalSetReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EvalSetReader() {
    }

    public static EvalSet read(Path folder) throws IOException {
        List<LabProfile> labs = new ArrayList<>();
        for (JsonNode node : jsonLines(folder.resolve("labs.jsonl"))) {
            labs.add(lab(node));
        }
        List<ChallengeProfile> challenges = new ArrayList<>();
        boolean sourceTagged = false;
        for (JsonNode node : jsonLines(folder.resolve("challenges.jsonl"))) {
            challenges.add(challenge(node));
            // The README of a set with a "source" per challenge (SBIR) defines the grade-3 and grade-2 tracks;
            // the source itself names agency and topic and is never used for ranking.
            sourceTagged |= !text(node, "source").isEmpty();
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return new EvalSet(name == null ? folder.toString() : name.toString(), labs, challenges,
                qrels(folder.resolve("qrels.tsv")), sourceTagged);
    }

    static LabProfile lab(JsonNode node) {
        return new LabProfile(text(node, "id"), text(node, "name"), text(node, "organizationName"),
                text(node, "orgType"), text(node, "summary"), strings(node, "researchFields"),
                strings(node, "keywords"), text(node, "capabilities"), text(node, "achievements"),
                text(node, "facilities"), text(node, "region"), null);
    }

    static ChallengeProfile challenge(JsonNode node) {
        List<TechnicalIndicator> indicators = new ArrayList<>();
        for (JsonNode indicator : node.path("technicalIndicators")) {
            indicators.add(new TechnicalIndicator(text(indicator, "name"), text(indicator, "target"),
                    text(indicator, "unit")));
        }
        return new ChallengeProfile(text(node, "id"), text(node, "title"), text(node, "summary"),
                text(node, "description"), indicators, strings(node, "requiredCapabilities"),
                text(node, "industryChain"), strings(node, "techFields"), text(node, "region"));
    }

    static Map<String, Map<String, Integer>> qrels(Path file) throws IOException {
        Map<String, Map<String, Integer>> qrels = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split("\t");
            if (parts.length >= 3) {
                qrels.computeIfAbsent(parts[0], c -> new HashMap<>()).put(parts[1], Integer.parseInt(parts[2].strip()));
            }
        }
        return qrels;
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
        }
        return nodes;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : node.path(field)) {
            if (!value.isNull()) {
                values.add(value.asString());
            }
        }
        return values;
    }
}
