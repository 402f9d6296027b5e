package org.jiebang.attachment;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Keeps files in an S3-compatible object store, addressed path-style and signed with AWS Signature
 * Version 4. A file up to one part long is one {@code PutObject}; a longer one is a multipart upload whose
 * parts (by default 5 MB) are the only bytes held in memory. Failed uploads are aborted.
 */
final class S3FileStorage implements FileStorage {

	private static final Pattern UPLOAD_ID = Pattern.compile("<UploadId>([^<]+)</UploadId>");

	private final WebClient client;

	private final SigV4 signer;

	private final String base;

	private final int partSize;

	private final Clock clock;

	S3FileStorage(WebClient client, AttachmentProperties.S3 settings, Clock clock) {
		if (settings.endpoint() == null || settings.bucket() == null || settings.bucket().isBlank()
				|| settings.accessKey() == null || settings.secretKey() == null) {
			throw new IllegalStateException("jiebang.attachments.s3 needs endpoint, bucket, access-key and secret-key");
		}
		if (settings.partSize().toBytes() < 5L * 1024 * 1024 || settings.partSize().toBytes() > Integer.MAX_VALUE) {
			throw new IllegalStateException("jiebang.attachments.s3.part-size must be at least 5MB");
		}
		this.client = client;
		this.signer = new SigV4(settings.accessKey(), settings.secretKey(), settings.region(), "s3");
		String endpoint = settings.endpoint().toString();
		this.base = (endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint) + "/"
				+ SigV4.encode(settings.bucket());
		this.partSize = (int) settings.partSize().toBytes();
		this.clock = clock;
	}

	private URI uri(String key, String query) {
		StringBuilder uri = new StringBuilder(this.base);
		for (String segment : StorageKeys.check(key).split("/")) {
			uri.append('/').append(SigV4.encode(segment));
		}
		if (query != null) {
			uri.append('?').append(query);
		}
		return URI.create(uri.toString());
	}

	private WebClient.RequestBodySpec request(HttpMethod method, URI uri, byte[] body) {
		String hash = body.length == 0 ? SigV4.EMPTY_SHA256 : SigV4.hex(SigV4.sha256(body));
		Map<String, String> headers = this.signer.sign(method.name(), uri, Map.of(), hash, this.clock.instant());
		return this.client.method(method).uri(uri).headers(h -> headers.forEach(h::set));
	}

	private Mono<ResponseEntity<String>> exchange(HttpMethod method, URI uri, byte[] body) {
		WebClient.RequestBodySpec spec = request(method, uri, body);
		WebClient.RequestHeadersSpec<?> withBody = body.length == 0 ? spec : spec.bodyValue(body);
		return withBody.retrieve().toEntity(String.class);
	}

	@Override
	public Mono<Long> write(String key, Flux<DataBuffer> content) {
		StorageKeys.check(key);
		return Mono.usingWhen(Mono.fromSupplier(Upload::new), upload -> {
			Chunker parts = new Chunker(this.partSize);
			Flux<Part> stream = content.map(parts::add)
				.concatMapIterable(full -> full, 8)
				.map(bytes -> new Part(bytes, false))
				.concatWith(Mono.fromSupplier(() -> new Part(last(parts.rest()), true)));
			// A failing stream lets the request in flight finish first, so that a started upload is known
			// and can be aborted.
			return stream.concatMapDelayError(part -> send(key, upload, part), false, 1)
				.then(Mono.fromSupplier(parts::total));
		}, upload -> Mono.empty(), (upload, failure) -> abort(key, upload), upload -> abort(key, upload));
	}

	private static byte[] last(List<byte[]> rest) {
		return rest.isEmpty() ? new byte[0] : rest.get(0);
	}

	private Mono<Void> send(String key, Upload upload, Part part) {
		if (upload.id == null && part.last()) {
			return exchange(HttpMethod.PUT, uri(key, null), part.bytes()).then();
		}
		Mono<Void> started = upload.id != null ? Mono.empty()
				: exchange(HttpMethod.POST, uri(key, "uploads="), new byte[0]).flatMap(answer -> {
					Matcher id = UPLOAD_ID.matcher(answer.getBody() == null ? "" : answer.getBody());
					if (!id.find()) {
						return Mono.error(new IllegalStateException("No UploadId in the object store's answer"));
					}
					upload.id = id.group(1);
					return Mono.empty();
				});
		Mono<Void> sent = Mono.defer(() -> part.bytes().length == 0 ? Mono.empty() : uploadPart(key, upload, part));
		return started.then(sent).then(Mono.defer(() -> part.last() ? complete(key, upload) : Mono.empty()));
	}

	private Mono<Void> uploadPart(String key, Upload upload, Part part) {
		int number = upload.etags.size() + 1;
		String query = "partNumber=" + number + "&uploadId=" + SigV4.encode(upload.id);
		return exchange(HttpMethod.PUT, uri(key, query), part.bytes()).flatMap(answer -> {
			String etag = answer.getHeaders().getFirst(HttpHeaders.ETAG);
			if (etag == null) {
				return Mono.error(new IllegalStateException("No ETag for part " + number + " from the object store"));
			}
			upload.etags.add(etag);
			return Mono.empty();
		});
	}

	private Mono<Void> complete(String key, Upload upload) {
		StringBuilder xml = new StringBuilder("<CompleteMultipartUpload>");
		for (int i = 0; i < upload.etags.size(); i++) {
			xml.append("<Part><PartNumber>").append(i + 1).append("</PartNumber><ETag>")
				.append(upload.etags.get(i).replace("&", "&amp;").replace("<", "&lt;"))
				.append("</ETag></Part>");
		}
		xml.append("</CompleteMultipartUpload>");
		byte[] body = xml.toString().getBytes(StandardCharsets.UTF_8);
		return exchange(HttpMethod.POST, uri(key, "uploadId=" + SigV4.encode(upload.id)), body)
			.doOnNext(done -> upload.completed = true)
			.then();
	}

	/** After a failure or cancellation: aborts a started multipart upload and removes whatever landed. */
	private Mono<Void> abort(String key, Upload upload) {
		Mono<Void> aborted = upload.id == null || upload.completed ? Mono.empty()
				: exchange(HttpMethod.DELETE, uri(key, "uploadId=" + SigV4.encode(upload.id)), new byte[0]).then()
					.onErrorComplete();
		return aborted.then(delete(key).onErrorComplete());
	}

	@Override
	public Flux<DataBuffer> read(String key) {
		URI uri = uri(key, null);
		return Flux.defer(() -> request(HttpMethod.GET, uri, new byte[0]).retrieve().bodyToFlux(DataBuffer.class))
			.onErrorMap(WebClientResponseException.NotFound.class, ex -> new StoredFileMissingException(key, ex));
	}

	@Override
	public Mono<Void> delete(String key) {
		URI uri = uri(key, null);
		return Mono.defer(() -> exchange(HttpMethod.DELETE, uri, new byte[0]))
			.onErrorResume(WebClientResponseException.class,
					ex -> ex.getStatusCode() == HttpStatus.NOT_FOUND ? Mono.empty() : Mono.error(ex))
			.then();
	}

	/** One piece of the content; the last one ends the upload. */
	private record Part(byte[] bytes, boolean last) {
	}

	/** The state of one upload: its multipart id once started, and the parts' ETags. */
	private static final class Upload {

		private String id;

		private final List<String> etags = new ArrayList<>();

		private boolean completed;

	}

}
