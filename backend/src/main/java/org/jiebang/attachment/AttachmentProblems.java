package org.jiebang.attachment;

import java.util.UUID;

import org.jiebang.system.web.ProblemException;
import org.jiebang.system.web.Problems;

import org.springframework.http.HttpStatus;

/** The problems of uploads and attachments, each with a stable type. */
final class AttachmentProblems {

	private AttachmentProblems() {
	}

	static ProblemException notFound(UUID id) {
		return Problems.notFound("attachment", id);
	}

	static ProblemException tooLarge(long maxBytes) {
		return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "/problems/attachment-too-large",
				"attachment.too-large", maxBytes / (1024 * 1024))
			.with("maxBytes", maxBytes);
	}

	static ProblemException empty() {
		return new ProblemException(HttpStatus.BAD_REQUEST, "/problems/attachment-empty", "attachment.empty");
	}

	static ProblemException missingFile() {
		return new ProblemException(HttpStatus.BAD_REQUEST, "/problems/attachment-missing", "attachment.missing");
	}

	/** A body that is not well-formed multipart: no boundary, too many parts, broken headers. */
	static ProblemException malformed(Throwable cause) {
		ProblemException problem = new ProblemException(HttpStatus.BAD_REQUEST, "/problems/malformed-request",
				"problem.malformed-request");
		problem.initCause(cause);
		return problem;
	}

	static ProblemException severalFiles() {
		return new ProblemException(HttpStatus.BAD_REQUEST, "/problems/attachment-several-files",
				"attachment.several-files");
	}

	static ProblemException badFilename() {
		return Problems.invalid("file", "Filename", "attachment.validation.filename");
	}

	static ProblemException unsupportedType() {
		return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "/problems/attachment-type-unsupported",
				"attachment.type-unsupported");
	}

	static ProblemException typeMismatch(FileType claimed) {
		return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "/problems/attachment-type-mismatch",
				"attachment.type-mismatch", claimed.name())
			.with("claimedType", claimed.contentType());
	}

	static ProblemException limitReached(int max) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/attachment-limit", "attachment.limit", max)
			.with("maxFiles", max);
	}

	static ProblemException ownerLocked() {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/attachment-owner-locked", "attachment.owner-locked");
	}

	static ProblemException noOwner(OwnerType type, UUID ownerId) {
		return Problems.notFound(type.name().toLowerCase(java.util.Locale.ROOT), ownerId);
	}

}
