package org.jiebang.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Filters of the audit log viewer; every value is bound as a parameter, never concatenated.
 *
 * @param entityType only entries about this kind of entity
 * @param entityId only entries about this entity
 * @param action only this action
 * @param actor only entries by this user name
 * @param from only entries at or after this instant
 * @param to only entries before this instant
 */
public record AuditQuery(String entityType, String entityId, String action, String actor, Instant from, Instant to) {

	void appendTo(StringBuilder where, Map<String, Object> binds) {
		add(where, binds, "entity_type = :entityType", "entityType", this.entityType);
		add(where, binds, "entity_id = :entityId", "entityId", this.entityId);
		add(where, binds, "action = :action", "action", this.action);
		add(where, binds, "actor_name = :actor", "actor", this.actor);
		add(where, binds, "occurred_at >= :from", "from", this.from == null ? null : this.from.atOffset(ZoneOffset.UTC));
		add(where, binds, "occurred_at < :to", "to", this.to == null ? null : this.to.atOffset(ZoneOffset.UTC));
	}

	private static void add(StringBuilder where, Map<String, Object> binds, String clause, String name, Object value) {
		if (value instanceof String text && text.isBlank() || value == null) {
			return;
		}
		where.append(" AND ").append(clause);
		binds.put(name, value);
	}

}
