package org.jiebang.challenge;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jiebang.system.persistence.JsonColumn;

/**
 * A challenge's technical indicators, stored as one JSON column.
 *
 * @param values the indicators in order
 */
record Indicators(@JsonValue List<TechnicalIndicator> values) implements JsonColumn {

	Indicators {
		values = values == null ? List.of() : List.copyOf(values);
	}

	@JsonCreator
	static Indicators of(List<TechnicalIndicator> values) {
		return new Indicators(values);
	}

}
