package org.jiebang.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The OCDS 1.1.5 release package schema from the project's shared folder, with the release schema's public
 * URL mapped to the local copy: validation never touches the network.
 */
final class OcdsSchema {

	static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";

	static final String PACKAGE = BASE + "release-package-schema.json";

	static final String RELEASE = BASE + "release-schema.json";

	private final Schema schema;

	private OcdsSchema(Schema schema) {
		this.schema = schema;
	}

	/** Loads the schemas from {@code shared/ocds/1.1.5}, found by walking up from the working directory. */
	static OcdsSchema load() {
		Path dir = locate();
		Map<String, String> schemas = Map.of(PACKAGE, read(dir.resolve("release-package-schema.json")), RELEASE,
				read(dir.resolve("release-schema.json")));
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
				builder -> builder.schemas(schemas).schemaLoader(loader -> loader.fetchRemoteResources(false)));
		return new OcdsSchema(registry.getSchema(SchemaLocation.of(PACKAGE)));
	}

	/** The schema violations of a release package, empty when it is valid. */
	List<String> validate(String json) {
		return this.schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
	}

	/** {@code shared/ocds/1.1.5} beside the repository (CI: ../shared from the clone; here: ../../shared from backend). */
	static Path locate() {
		for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
			for (Path candidate : List.of(at.resolve("shared/ocds/1.1.5"), at.resolve("../shared/ocds/1.1.5"))) {
				if (Files.isRegularFile(candidate.resolve("release-package-schema.json"))) {
					return candidate.normalize();
				}
			}
		}
		throw new IllegalStateException("shared/ocds/1.1.5 not found above " + Path.of("").toAbsolutePath());
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
