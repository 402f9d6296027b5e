package org.jiebang.system.persistence;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An ordered list of short strings stored as one JSON column.
 *
 * @param values the tags
 */
public record Tags(@JsonValue List<String> values) implements JsonColumn {

	public Tags {
		values = values == null ? List.of() : List.copyOf(values);
	}

	@JsonCreator
	public static Tags of(List<String> values) {
		return new Tags(values);
	}

	public static Tags empty() {
		return new Tags(List.of());
	}

}
