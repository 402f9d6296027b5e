package org.jiebang.search.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiebang.challenge.TechnicalIndicator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words generated benchmark documents are made of, read from {@code seeds/} on the classpath: the taxonomy,
 * the synonym groups (filed under the industry chain of their section of the list) and the sentences,
 * indicators and capability tags of the demo challenges and labs.
 */
final class Vocabulary {

	/** A taxonomy entry: code, Chinese and English name, and for technology fields their chain. */
	record Term(String code, String zh, String en, String chain) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final List<Term> chains = new ArrayList<>();

	final List<Term> fields = new ArrayList<>();

	final List<Term> regions = new ArrayList<>();

	final List<Term> universities = new ArrayList<>();

	/** Synonym groups (each the list of its forms) by chain code; "" holds the general research terms. */
	final Map<String, List<List<String>>> groups = new LinkedHashMap<>();

	final Map<String, List<TechnicalIndicator>> indicators = new HashMap<>();

	final Map<String, List<String>> capabilities = new HashMap<>();

	final Map<String, List<String>> sentences = new HashMap<>();

	private Vocabulary() {
	}

	static Vocabulary load() throws IOException {
		Vocabulary v = new Vocabulary();
		JsonNode taxonomy = read("seeds/taxonomy.json");
		taxonomy.path("industryChains").forEach(n -> v.chains.add(term(n)));
		taxonomy.path("techFields").forEach(n -> v.fields.add(term(n)));
		taxonomy.path("regions").forEach(n -> v.regions.add(term(n)));
		v.readSynonyms();
		for (JsonNode c : read("seeds/demo/challenges.json")) {
			String chain = c.path("industryChain").asString("");
			c.path("technicalIndicators").forEach(i -> v.indicators.computeIfAbsent(chain, k -> new ArrayList<>())
				.add(new TechnicalIndicator(i.path("name").asString(), i.path("target").asString(),
						i.path("unit").asString(""))));
			c.path("requiredCapabilities").forEach(t -> v.add(v.capabilities, chain, t.asString()));
			v.addSentences(chain, c.path("summary").asString("") + "。" + c.path("description").asString(""));
		}
		for (JsonNode lab : read("seeds/demo/labs.json")) {
			String chain = v.chainOfField(lab.path("researchFields").path(0).asString(""));
			lab.path("keywords").forEach(t -> v.add(v.capabilities, chain, t.asString()));
			v.addSentences(chain, lab.path("capabilities").asString("") + "。" + lab.path("achievements").asString(""));
		}
		for (JsonNode org : read("seeds/demo/organizations.json")) {
			String type = org.path("type").asString();
			if (type.equals("UNIVERSITY") || type.equals("INSTITUTE")) {
				v.universities.add(new Term(type, org.path("name").asString(), "", ""));
			}
		}
		return v;
	}

	List<List<String>> groupsOf(String chain) {
		List<List<String>> own = this.groups.get(chain);
		return own == null || own.isEmpty() ? this.groups.get("") : own;
	}

	List<Term> fieldsOf(String chain) {
		return this.fields.stream().filter(f -> f.chain().equals(chain)).toList();
	}

	<T> List<T> pool(Map<String, List<T>> byChain, String chain) {
		List<T> own = byChain.get(chain);
		if (own != null && !own.isEmpty()) {
			return own;
		}
		return byChain.values().stream().flatMap(List::stream).toList();
	}

	private String chainOfField(String code) {
		return this.fields.stream().filter(f -> f.code().equals(code)).map(Term::chain).findFirst().orElse("");
	}

	/** Files each line of the synonym list under the chain whose Chinese name its section heading shares. */
	private void readSynonyms() throws IOException {
		String chain = "";
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource("seeds/synonyms.txt"), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith("# ---")) {
					chain = sectionChain(line);
					continue;
				}
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				List<String> forms = new ArrayList<>();
				for (String form : line.replace("=>", ",").split(",")) {
					if (!form.isBlank()) {
						forms.add(form.strip());
					}
				}
				this.groups.computeIfAbsent(chain, k -> new ArrayList<>()).add(forms);
			}
		}
		this.groups.computeIfAbsent("", k -> new ArrayList<>());
	}

	private String sectionChain(String heading) {
		String words = heading.replaceAll("^#\\s*-+\\s*", "");
		String zh = words.split(" ")[0];
		for (Term c : this.chains) {
			if (!zh.isEmpty() && (c.zh().startsWith(zh) || zh.startsWith(c.zh()))) {
				return c.code();
			}
		}
		return words.startsWith("能源") ? "NEW_ENERGY" : "";
	}

	private void addSentences(String chain, String text) {
		for (String s : text.replaceAll("(?m)^#+.*$", "").split("[。；\\n]")) {
			String sentence = s.strip().replaceAll("^\\d+[.、]\\s*", "");
			if (sentence.length() >= 12 && sentence.length() <= 160) {
				add(this.sentences, chain, sentence + "。");
			}
		}
	}

	private <T> void add(Map<String, List<T>> map, String chain, T value) {
		map.computeIfAbsent(chain, k -> new ArrayList<>()).add(value);
	}

	private static Term term(JsonNode n) {
		return new Term(n.path("code").asString(), n.path("zh").asString(), n.path("en").asString(),
				n.path("chain").asString(""));
	}

	private static JsonNode read(String name) throws IOException {
		try (InputStream in = resource(name)) {
			return JSON.readTree(in);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IOException(name + " is not on the classpath");
		}
		return in;
	}

}
