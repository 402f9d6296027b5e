package org.jiebang.attachment;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored file's record.
 *
 * @param id the attachment
 * @param ownerType what it belongs to
 * @param ownerId the owner
 * @param filename name as uploaded (cleaned)
 * @param contentType the type recognised from its bytes
 * @param size bytes
 * @param sha256 hex SHA-256 computed while it streamed in
 * @param storageKey where the bytes are
 * @param uploadedBy the uploading user
 * @param uploadedAt when
 */
record Attachment(UUID id, OwnerType ownerType, UUID ownerId, String filename, String contentType, long size,
		String sha256, String storageKey, UUID uploadedBy, Instant uploadedAt) {
}
