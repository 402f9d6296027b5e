package org.jiebang.attachment;

import java.time.Instant;
import java.util.UUID;

/**
 * A file as its viewers see it.
 *
 * @param id the attachment
 * @param ownerType CHALLENGE, BID or MILESTONE
 * @param ownerId the owner
 * @param filename file name
 * @param contentType content type recognised from the bytes
 * @param size bytes
 * @param sha256 hex SHA-256 of the bytes
 * @param uploadedAt when it was uploaded
 * @param downloadUrl where to download it
 */
public record AttachmentView(UUID id, OwnerType ownerType, UUID ownerId, String filename, String contentType,
		long size, String sha256, Instant uploadedAt, String downloadUrl) {

	static AttachmentView of(Attachment a) {
		return new AttachmentView(a.id(), a.ownerType(), a.ownerId(), a.filename(), a.contentType(), a.size(),
				a.sha256(), a.uploadedAt(), "/api/attachments/" + a.id());
	}

}
