package org.jiebang.clarify;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Which labs follow which challenges, in {@code challenge_follows}. */
@Component
class FollowStore {

	private final DatabaseClient db;

	FollowStore(DatabaseClient db) {
		this.db = db;
	}

	/** Follows unless already following (idempotent, also under concurrent calls). */
	Mono<Void> follow(UUID challengeId, UUID labId, UUID userId, Instant at) {
		return this.db.sql("""
				INSERT INTO challenge_follows (challenge_id, lab_id, followed_by, followed_at)
				VALUES (:challenge, :lab, :user, :at) ON CONFLICT DO NOTHING""")
			.bind("challenge", challengeId)
			.bind("lab", labId)
			.bind("user", userId)
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.then();
	}

	Mono<Void> unfollow(UUID challengeId, UUID labId) {
		return this.db.sql("DELETE FROM challenge_follows WHERE challenge_id = :challenge AND lab_id = :lab")
			.bind("challenge", challengeId)
			.bind("lab", labId)
			.then();
	}

	/** When the lab started following the challenge, or empty. */
	Mono<Instant> since(UUID challengeId, UUID labId) {
		return this.db.sql("SELECT followed_at FROM challenge_follows WHERE challenge_id = :challenge AND lab_id = :lab")
			.bind("challenge", challengeId)
			.bind("lab", labId)
			.map((row, meta) -> row.get("followed_at", OffsetDateTime.class).toInstant())
			.one();
	}

	/** The lab's follows, newest first: challenge and since when. */
	Flux<Follow> byLab(UUID labId) {
		return this.db.sql("SELECT challenge_id, followed_at FROM challenge_follows WHERE lab_id = :lab "
				+ "ORDER BY followed_at DESC")
			.bind("lab", labId)
			.map((row, meta) -> new Follow(row.get("challenge_id", UUID.class),
					row.get("followed_at", OffsetDateTime.class).toInstant()))
			.all();
	}

	Flux<UUID> followerLabs(UUID challengeId) {
		return this.db.sql("SELECT lab_id FROM challenge_follows WHERE challenge_id = :challenge")
			.bind("challenge", challengeId)
			.map((row, meta) -> row.get("lab_id", UUID.class))
			.all();
	}

	/** One follow: the challenge and since when. */
	record Follow(UUID challengeId, Instant followedAt) {
	}

}
