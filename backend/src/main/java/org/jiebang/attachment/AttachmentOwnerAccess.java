package org.jiebang.attachment;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;

/**
 * Who may see and change the files of one type of owner. Each owner type has exactly one implementation
 * (a bean); the delivery feature adds the one for {@link OwnerType#MILESTONE}. Refusals are problems
 * (401, 403, 404, 409) exactly as the owner itself answers them.
 */
public interface AttachmentOwnerAccess {

	OwnerType ownerType();

	/** Grants listing and downloading the owner's files, or fails with the owner's refusal. */
	Mono<OwnerGrant> read(Actor actor, UUID ownerId);

	/** Grants adding and removing files, or fails with the owner's refusal. */
	Mono<OwnerGrant> write(Actor actor, UUID ownerId);

	/** Called in the transaction that added or removed a file, after the change. */
	default Mono<Void> filesChanged(Actor actor, UUID ownerId) {
		return Mono.empty();
	}

}
