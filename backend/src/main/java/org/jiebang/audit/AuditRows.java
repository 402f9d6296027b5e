package org.jiebang.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.r2dbc.spi.Row;

/** Maps audit rows; timestamps are read as offsets and kept in UTC. */
final class AuditRows {

	private AuditRows() {
	}

	static AuditEntry entry(Row row) {
		return new AuditEntry(row.get("seq", Long.class), row.get("occurred_at", OffsetDateTime.class).toInstant(),
				row.get("actor_id", UUID.class), row.get("actor_name", String.class),
				row.get("actor_role", String.class), row.get("action", String.class),
				row.get("entity_type", String.class), row.get("entity_id", String.class),
				row.get("before_summary", String.class), row.get("after_summary", String.class),
				row.get("prev_hash", String.class), row.get("hash", String.class));
	}

}
