package org.jiebang.clarify;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Invitations in {@code invitations}, one per challenge and lab. */
@Component
class InvitationStore {

	private final DatabaseClient db;

	InvitationStore(DatabaseClient db) {
		this.db = db;
	}

	/** Inserts unless the lab is already invited; answers whether this call inserted it. */
	Mono<Boolean> insert(Invitation invitation) {
		DatabaseClient.GenericExecuteSpec spec = this.db.sql("""
				INSERT INTO invitations (id, challenge_id, lab_id, invited_by, message, invited_at)
				VALUES (:id, :challenge, :lab, :by, :message, :at) ON CONFLICT DO NOTHING""")
			.bind("id", invitation.id())
			.bind("challenge", invitation.challengeId())
			.bind("lab", invitation.labId())
			.bind("by", invitation.invitedBy())
			.bind("at", invitation.invitedAt().atOffset(ZoneOffset.UTC));
		spec = invitation.message() == null ? spec.bindNull("message", String.class)
				: spec.bind("message", invitation.message());
		return spec.fetch()
			.rowsUpdated()
			.map(n -> n == 1);
	}

	Mono<Invitation> find(UUID challengeId, UUID labId) {
		return this.db.sql("SELECT * FROM invitations WHERE challenge_id = :challenge AND lab_id = :lab")
			.bind("challenge", challengeId)
			.bind("lab", labId)
			.map((Readable row) -> invitation(row))
			.one();
	}

	Flux<Invitation> byChallenge(UUID challengeId) {
		return this.db.sql("SELECT * FROM invitations WHERE challenge_id = :challenge ORDER BY invited_at, id")
			.bind("challenge", challengeId)
			.map((Readable row) -> invitation(row))
			.all();
	}

	Flux<Invitation> byLab(UUID labId) {
		return this.db.sql("SELECT * FROM invitations WHERE lab_id = :lab ORDER BY invited_at DESC, id")
			.bind("lab", labId)
			.map((Readable row) -> invitation(row))
			.all();
	}

	private static Invitation invitation(Readable row) {
		return new Invitation(row.get("id", UUID.class), row.get("challenge_id", UUID.class),
				row.get("lab_id", UUID.class), row.get("invited_by", UUID.class), row.get("message", String.class),
				row.get("invited_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * A stored invitation.
	 *
	 * @param id the invitation
	 * @param challengeId the challenge
	 * @param labId the invited lab
	 * @param invitedBy the inviting firm member
	 * @param message the note
	 * @param invitedAt when
	 */
	record Invitation(UUID id, UUID challengeId, UUID labId, UUID invitedBy, String message, Instant invitedAt) {
	}

}
