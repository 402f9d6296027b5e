package org.jiebang.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/** Reads the demo data files packaged from {@code seeds/demo}. */
final class SeedFiles {

	private SeedFiles() {
	}

	static List<JsonNode> read(JsonMapper json, String name) {
		try (InputStream in = new ClassPathResource("seeds/demo/" + name).getInputStream()) {
			List<JsonNode> nodes = new ArrayList<>();
			json.readTree(in).forEach(nodes::add);
			return nodes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read seeds/demo/" + name, ex);
		}
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	static Integer integer(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asInt();
	}

}
