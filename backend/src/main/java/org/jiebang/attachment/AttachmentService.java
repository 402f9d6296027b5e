package org.jiebang.attachment;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.audit.AuditService;
import org.jiebang.system.persistence.Ids;
import org.jiebang.system.web.ProblemException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Files of challenges, bids and milestones (SPEC §2): streamed in through {@link FileStorage}, checked, and
 * recorded in one transaction with their owner's consequences (a bid's new commitment); served only to
 * those who may see their owner.
 */
@Service
public class AttachmentService {

	private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

	private final Map<OwnerType, AttachmentOwnerAccess> owners = new EnumMap<>(OwnerType.class);

	private final AttachmentStore store;

	private final FileStorage storage;

	private final UploadReceiver receiver;

	private final AttachmentProperties properties;

	private final AuditService audit;

	private final TransactionalOperator transaction;

	private final Clock clock;

	AttachmentService(ObjectProvider<AttachmentOwnerAccess> owners, AttachmentStore store, FileStorage storage,
			AttachmentProperties properties, AuditService audit, TransactionalOperator transaction, Clock clock) {
		owners.orderedStream().forEach(owner -> {
			if (this.owners.putIfAbsent(owner.ownerType(), owner) != null) {
				throw new IllegalStateException("Two attachment owner accesses for " + owner.ownerType());
			}
		});
		this.store = store;
		this.storage = storage;
		this.receiver = new UploadReceiver(storage);
		this.properties = properties;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Streams the one {@code file} part of a multipart body into storage and records it. Refusals that need
	 * no bytes (rights, the file limit) come before the body is read; a refused or failed file leaves
	 * nothing behind.
	 */
	public Mono<AttachmentView> upload(Actor actor, OwnerType type, UUID ownerId, Flux<PartEvent> parts) {
		UUID id = Ids.newId();
		String key = type.name().toLowerCase(java.util.Locale.ROOT) + "/" + id;
		int maxFiles = this.properties.maxFiles(type);
		return owner(type, ownerId).flatMap(owner -> owner.write(actor, ownerId)
			.flatMap(grant -> this.store.count(type, ownerId))
			.flatMap(count -> count >= maxFiles ? Mono.error(AttachmentProblems.limitReached(maxFiles))
					: this.receiver.receive(parts, key, this.properties.maxFileSize().toBytes()))
			.flatMap(file -> record(actor, owner, ownerId, id, file).as(this.transaction::transactional)
				.onErrorResume(failure -> this.storage.delete(key).onErrorComplete().then(Mono.error(failure)))));
	}

	private Mono<AttachmentView> record(Actor actor, AttachmentOwnerAccess owner, UUID ownerId, UUID id,
			ReceivedFile file) {
		OwnerType type = owner.ownerType();
		int maxFiles = this.properties.maxFiles(type);
		Attachment attachment = new Attachment(id, type, ownerId, file.filename(), file.type().contentType(),
				file.size(), file.sha256(), file.key(), actor.userId(), this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		// The rights are checked again: the deadline may have passed while the file streamed in.
		return owner.write(actor, ownerId)
			.flatMap(grant -> this.store.reserveSlot(type, ownerId, maxFiles)
				.flatMap(reserved -> reserved ? Mono.just(grant) : Mono.error(AttachmentProblems.limitReached(maxFiles))))
			.flatMap(grant -> this.store.insert(attachment)
				.then(record(actor, "ATTACHMENT_ADDED", attachment, grant))
				.then(owner.filesChanged(actor, ownerId)))
			.thenReturn(AttachmentView.of(attachment));
	}

	/** The files of an owner, for those who may see it. */
	public Mono<List<AttachmentView>> list(Actor actor, OwnerType type, UUID ownerId) {
		return owner(type, ownerId).flatMap(owner -> owner.read(actor, ownerId))
			.flatMap(grant -> this.store.byOwner(type, ownerId).map(AttachmentView::of).collectList());
	}

	/** A file's bytes with what a download response needs; 404 for anyone who may not see its owner. */
	public Mono<Download> download(Actor actor, UUID id) {
		return existing(id).flatMap(attachment -> owner(attachment.ownerType(), attachment.ownerId())
			.flatMap(owner -> owner.read(actor, attachment.ownerId()))
			.onErrorMap(ProblemException.class, failure -> hideOwner(failure, id))
			.map(grant -> new Download(AttachmentView.of(attachment), grant.confidential(),
					this.storage.read(attachment.storageKey()))));
	}

	/** Removes a file, by those who may change its owner; a bid's commitment is renewed. */
	public Mono<Void> delete(Actor actor, UUID id) {
		return existing(id).flatMap(attachment -> owner(attachment.ownerType(), attachment.ownerId())
			.flatMap(owner -> owner.write(actor, attachment.ownerId())
				.onErrorMap(ProblemException.class, failure -> hideOwner(failure, id))
				.then(Mono.defer(() -> remove(actor, owner, attachment)).as(this.transaction::transactional)))
			.then(Mono.defer(() -> this.storage.delete(attachment.storageKey())
				.doOnError(failure -> log.warn("Could not remove the stored bytes of attachment {} ({})", id,
						attachment.storageKey(), failure))
				.onErrorComplete())));
	}

	private Mono<Void> remove(Actor actor, AttachmentOwnerAccess owner, Attachment attachment) {
		return owner.write(actor, attachment.ownerId())
			.flatMap(grant -> this.store.delete(attachment.id()).flatMap(deleted -> !deleted
					? Mono.<Void>error(AttachmentProblems.notFound(attachment.id()))
					: this.store.releaseSlot(attachment.ownerType(), attachment.ownerId())
						.then(record(actor, "ATTACHMENT_REMOVED", attachment, grant))
						.then(owner.filesChanged(actor, attachment.ownerId()))));
	}

	private Mono<Void> record(Actor actor, String action, Attachment attachment, OwnerGrant grant) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("ownerType", attachment.ownerType());
		summary.put("ownerId", attachment.ownerId().toString());
		summary.put("filename", attachment.filename());
		summary.put("size", attachment.size());
		summary.put("sha256", attachment.sha256());
		Map<String, ?> before = action.equals("ATTACHMENT_REMOVED") ? summary : Map.of();
		Map<String, ?> after = action.equals("ATTACHMENT_REMOVED") ? Map.of() : summary;
		return grant.sealedUntilCloseOf() == null
				? this.audit.record(actor, action, "attachment", attachment.id(), before, after)
				: this.audit.recordSealed(actor, action, "attachment", attachment.id(), before, after,
						grant.sealedUntilCloseOf());
	}

	private Mono<Attachment> existing(UUID id) {
		return this.store.find(id).switchIfEmpty(Mono.error(() -> AttachmentProblems.notFound(id)));
	}

	private Mono<AttachmentOwnerAccess> owner(OwnerType type, UUID ownerId) {
		AttachmentOwnerAccess owner = this.owners.get(type);
		return owner == null ? Mono.error(AttachmentProblems.noOwner(type, ownerId)) : Mono.just(owner);
	}

	/**
	 * Someone who may not know the owner exists learns only that the attachment does not: the owner's 404
	 * (which names the owner) becomes the attachment's.
	 */
	private static ProblemException hideOwner(ProblemException failure, UUID attachmentId) {
		return failure.status() == HttpStatus.NOT_FOUND ? AttachmentProblems.notFound(attachmentId) : failure;
	}

	/**
	 * A file ready to be sent.
	 *
	 * @param attachment its record
	 * @param confidential whether shared caches must not keep it
	 * @param content its bytes, streamed from storage
	 */
	public record Download(AttachmentView attachment, boolean confidential, Flux<DataBuffer> content) {
	}

}
