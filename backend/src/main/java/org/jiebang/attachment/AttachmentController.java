package org.jiebang.attachment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Uploads (multipart/form-data with one {@code file} part, streamed), listings and downloads of the files
 * of challenges, bids and milestones.
 */
@RestController
class AttachmentController {

	private final AttachmentService attachments;

	AttachmentController(AttachmentService attachments) {
		this.attachments = attachments;
	}

	@PostMapping(path = "/api/challenges/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<AttachmentView> uploadToChallenge(Actor actor, @PathVariable UUID id, @RequestBody Flux<PartEvent> parts) {
		return this.attachments.upload(actor, OwnerType.CHALLENGE, id, parts);
	}

	@GetMapping("/api/challenges/{id}/attachments")
	Mono<List<AttachmentView>> listOfChallenge(Actor actor, @PathVariable UUID id) {
		return this.attachments.list(actor, OwnerType.CHALLENGE, id);
	}

	@PostMapping(path = "/api/bids/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<AttachmentView> uploadToBid(Actor actor, @PathVariable UUID id, @RequestBody Flux<PartEvent> parts) {
		return this.attachments.upload(actor, OwnerType.BID, id, parts);
	}

	@GetMapping("/api/bids/{id}/attachments")
	Mono<List<AttachmentView>> listOfBid(Actor actor, @PathVariable UUID id) {
		return this.attachments.list(actor, OwnerType.BID, id);
	}

	/** Milestone evidence; answers 404 until the delivery feature registers its access rules. */
	@PostMapping(path = "/api/milestones/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<AttachmentView> uploadToMilestone(Actor actor, @PathVariable UUID id, @RequestBody Flux<PartEvent> parts) {
		return this.attachments.upload(actor, OwnerType.MILESTONE, id, parts);
	}

	@GetMapping("/api/milestones/{id}/attachments")
	Mono<List<AttachmentView>> listOfMilestone(Actor actor, @PathVariable UUID id) {
		return this.attachments.list(actor, OwnerType.MILESTONE, id);
	}

	@GetMapping("/api/attachments/{id}")
	Mono<ResponseEntity<Flux<DataBuffer>>> download(Actor actor, @PathVariable UUID id) {
		return this.attachments.download(actor, id).map(download -> {
			AttachmentView file = download.attachment();
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.contentType()))
				.contentLength(file.size())
				.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.filename()))
				.header("X-Content-Type-Options", "nosniff")
				.cacheControl(download.confidential() ? CacheControl.noStore().cachePrivate() : CacheControl.noCache())
				.eTag("\"" + file.sha256() + "\"")
				.body(download.content());
		});
	}

	@DeleteMapping("/api/attachments/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(Actor actor, @PathVariable UUID id) {
		return this.attachments.delete(actor, id);
	}

	/** {@code attachment} with an ASCII fallback name and the exact name in RFC 5987 form. */
	static String contentDisposition(String filename) {
		StringBuilder fallback = new StringBuilder();
		filename.chars().forEach(c -> fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
				? (char) c : '_'));
		StringBuilder encoded = new StringBuilder();
		for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(String.format("%02X", c));
			}
		}
		return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
	}

}
