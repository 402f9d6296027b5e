package org.jiebang.attachment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The records of attachments and the per-owner file counts. */
@Component
class AttachmentStore {

	private final DatabaseClient db;

	AttachmentStore(DatabaseClient db) {
		this.db = db;
	}

	Mono<Attachment> find(UUID id) {
		return this.db.sql("SELECT * FROM attachments WHERE id = :id")
			.bind("id", id)
			.map((Readable row) -> attachment(row))
			.one();
	}

	Flux<Attachment> byOwner(OwnerType type, UUID ownerId) {
		return this.db.sql("SELECT * FROM attachments WHERE owner_type = :type AND owner_id = :owner "
				+ "ORDER BY uploaded_at, id")
			.bind("type", type.name())
			.bind("owner", ownerId)
			.map((Readable row) -> attachment(row))
			.all();
	}

	Mono<Long> count(OwnerType type, UUID ownerId) {
		return this.db.sql("SELECT COUNT(*) AS n FROM attachments WHERE owner_type = :type AND owner_id = :owner")
			.bind("type", type.name())
			.bind("owner", ownerId)
			.map((row, meta) -> row.get("n", Long.class))
			.one();
	}

	/**
	 * Takes one of the owner's file slots; answers false when all are taken. The conditional update locks
	 * the owner's row until the transaction ends, so concurrent uploads cannot overshoot the limit.
	 */
	Mono<Boolean> reserveSlot(OwnerType type, UUID ownerId, int max) {
		Mono<Void> ensureRow = this.db.sql("INSERT INTO attachment_owners (owner_type, owner_id, file_count) "
				+ "VALUES (:type, :owner, 0) ON CONFLICT DO NOTHING")
			.bind("type", type.name())
			.bind("owner", ownerId)
			.then();
		Mono<Boolean> taken = this.db.sql("UPDATE attachment_owners SET file_count = file_count + 1 "
				+ "WHERE owner_type = :type AND owner_id = :owner AND file_count < :max")
			.bind("type", type.name())
			.bind("owner", ownerId)
			.bind("max", max)
			.fetch()
			.rowsUpdated()
			.map(n -> n == 1);
		return ensureRow.then(taken);
	}

	Mono<Void> releaseSlot(OwnerType type, UUID ownerId) {
		return this.db.sql("UPDATE attachment_owners SET file_count = file_count - 1 "
				+ "WHERE owner_type = :type AND owner_id = :owner AND file_count > 0")
			.bind("type", type.name())
			.bind("owner", ownerId)
			.then();
	}

	Mono<Void> insert(Attachment a) {
		return this.db.sql("""
				INSERT INTO attachments (id, owner_type, owner_id, filename, content_type, size_bytes, sha256,
				    storage_key, uploaded_by, uploaded_at)
				VALUES (:id, :type, :owner, :filename, :contentType, :size, :sha256, :key, :by, :at)""")
			.bind("id", a.id())
			.bind("type", a.ownerType().name())
			.bind("owner", a.ownerId())
			.bind("filename", a.filename())
			.bind("contentType", a.contentType())
			.bind("size", a.size())
			.bind("sha256", a.sha256())
			.bind("key", a.storageKey())
			.bind("by", a.uploadedBy())
			.bind("at", a.uploadedAt().atOffset(ZoneOffset.UTC))
			.then();
	}

	/** Deletes the record; answers whether it existed. */
	Mono<Boolean> delete(UUID id) {
		return this.db.sql("DELETE FROM attachments WHERE id = :id")
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.map(n -> n == 1);
	}

	/** The stored digests of an owner's files, sorted. */
	Mono<List<String>> digests(OwnerType type, UUID ownerId) {
		return this.db.sql("SELECT sha256 FROM attachments WHERE owner_type = :type AND owner_id = :owner "
				+ "ORDER BY sha256")
			.bind("type", type.name())
			.bind("owner", ownerId)
			.map((row, meta) -> row.get("sha256", String.class))
			.all()
			.collectList();
	}

	private static Attachment attachment(Readable row) {
		return new Attachment(row.get("id", UUID.class), OwnerType.valueOf(row.get("owner_type", String.class)),
				row.get("owner_id", UUID.class), row.get("filename", String.class),
				row.get("content_type", String.class), row.get("size_bytes", Long.class),
				row.get("sha256", String.class), row.get("storage_key", String.class),
				row.get("uploaded_by", UUID.class), row.get("uploaded_at", OffsetDateTime.class).toInstant());
	}

}
