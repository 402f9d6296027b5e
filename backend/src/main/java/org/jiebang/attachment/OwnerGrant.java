package org.jiebang.attachment;

import java.util.UUID;

/**
 * Access granted to an owner's files.
 *
 * @param ownerId the owner
 * @param sealedUntilCloseOf the challenge until whose close audit entries about the files stay hidden (bid
 * files), or {@code null}
 * @param confidential whether downloads must not be stored by shared caches
 */
public record OwnerGrant(UUID ownerId, UUID sealedUntilCloseOf, boolean confidential) {

	public static OwnerGrant open(UUID ownerId) {
		return new OwnerGrant(ownerId, null, false);
	}

}
