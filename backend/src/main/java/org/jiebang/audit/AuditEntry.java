package org.jiebang.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the hash-chained audit log.
 *
 * @param seq position in the chain, from 1
 * @param occurredAt when it happened (UTC, microseconds)
 * @param actorId the acting user, {@code null} for the system
 * @param actorName the acting user's name at the time
 * @param actorRole the acting user's role
 * @param action what happened ({@code CHALLENGE_SUBMITTED})
 * @param entityType the kind of entity ({@code challenge})
 * @param entityId the entity's id
 * @param before a summary of the state before
 * @param after a summary of the state after
 * @param prevHash the hash of the previous entry
 * @param hash SHA-256 of the previous hash and this entry's canonical content
 */
public record AuditEntry(long seq, Instant occurredAt, UUID actorId, String actorName, String actorRole,
		String action, String entityType, String entityId, String before, String after, String prevHash,
		String hash) {

	/** The canonical text the hash covers: every field in a fixed order, separated by a unit separator. */
	String canonical() {
		return String.join("\u001f", Long.toString(this.seq), this.occurredAt.toString(),
				this.actorId == null ? "" : this.actorId.toString(), this.actorName, this.actorRole, this.action,
				this.entityType, this.entityId, this.before, this.after, this.prevHash);
	}

}
