package org.jiebang.award;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;

/** Reading and binding the columns of this feature's tables: instants travel as UTC offsets. */
final class Rows {

	private Rows() {
	}

	static Instant instant(Readable row, String column) {
		OffsetDateTime value = row.get(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** Binds a value, or a typed null. */
	static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, String name, Object value,
			Class<?> type) {
		return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
	}

}
