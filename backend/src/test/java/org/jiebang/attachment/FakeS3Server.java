package org.jiebang.attachment;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * A tiny S3-compatible object store for tests, on WebFlux at a random port: path-style PutObject,
 * GetObject, DeleteObject and multipart uploads, each request's Signature Version 4 checked against the
 * configured secret and its body against the signed payload hash.
 */
final class FakeS3Server implements AutoCloseable {

	static final String ACCESS_KEY = "TESTACCESSKEY";

	static final String SECRET_KEY = "test/secret+key";

	static final String REGION = "cn-test-1";

	static final String BUCKET = "jiebang-files";

	private static final Pattern AUTHORIZATION = Pattern.compile(
			"AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/s3/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

	private static final Pattern PART_NUMBER = Pattern.compile("<PartNumber>(\\d+)</PartNumber>");

	final Map<String, byte[]> objects = new ConcurrentHashMap<>();

	final Map<String, Map<Integer, byte[]>> pendingUploads = new ConcurrentHashMap<>();

	final List<String> refusals = new CopyOnWriteArrayList<>();

	final AtomicInteger partsReceived = new AtomicInteger();

	private final SigV4 verifier = new SigV4(ACCESS_KEY, SECRET_KEY, REGION, "s3");

	private final LoopResources loops;

	private final DisposableServer server;

	FakeS3Server() {
		HttpHandler handler = RouterFunctions.toHttpHandler(RouterFunctions.route(RequestPredicates.all(), this::handle));
		// Its own event loop and unpooled buffers: the store stays out of the application's threads and pool.
		this.loops = LoopResources.create("fake-s3", 1, true);
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.runOn(this.loops)
			.childOption(ChannelOption.ALLOCATOR, UnpooledByteBufAllocator.DEFAULT)
			.handle(new ReactorHttpHandlerAdapter(handler))
			.bindNow();
	}

	URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.server.port());
	}

	@Override
	public void close() {
		this.server.disposeNow();
		this.loops.dispose();
	}

	private Mono<ServerResponse> handle(ServerRequest request) {
		return DataBufferUtils.join(request.bodyToFlux(DataBuffer.class)).map(buffer -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		}).defaultIfEmpty(new byte[0]).flatMap(body -> {
			String refusal = refusal(request, body);
			if (refusal != null) {
				this.refusals.add(refusal);
				return ServerResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_XML)
					.bodyValue("<Error><Code>SignatureDoesNotMatch</Code><Message>" + refusal + "</Message></Error>");
			}
			return dispatch(request, body);
		});
	}

	private String refusal(ServerRequest request, byte[] body) {
		String authorization = request.headers().firstHeader("Authorization");
		Matcher auth = authorization == null ? null : AUTHORIZATION.matcher(authorization);
		if (auth == null || !auth.matches()) {
			return "malformed authorization " + authorization;
		}
		if (!ACCESS_KEY.equals(auth.group(1)) || !REGION.equals(auth.group(3))) {
			return "wrong credential scope " + authorization;
		}
		String payload = request.headers().firstHeader("x-amz-content-sha256");
		if (payload == null || !payload.equals(SigV4.hex(SigV4.sha256(body)))) {
			return "payload hash does not match the body";
		}
		SortedMap<String, String> signed = new TreeMap<>();
		for (String name : auth.group(4).split(";")) {
			String value = request.headers().firstHeader(name);
			if (value == null) {
				return "signed header missing: " + name;
			}
			signed.put(name, value);
		}
		if (!signed.containsKey("host") || !signed.containsKey("x-amz-date")) {
			return "host and x-amz-date must be signed";
		}
		URI uri = request.uri();
		String expected = this.verifier.signature(request.method().name(), uri.getRawPath(), uri.getRawQuery(), signed,
				payload, signed.get("x-amz-date"));
		return expected.equals(auth.group(5)) ? null : "signature does not match";
	}

	private Mono<ServerResponse> dispatch(ServerRequest request, byte[] body) {
		String prefix = "/" + BUCKET + "/";
		String path = request.path();
		if (!path.startsWith(prefix)) {
			return ServerResponse.status(HttpStatus.NOT_FOUND).bodyValue("<Error><Code>NoSuchBucket</Code></Error>");
		}
		String key = path.substring(prefix.length());
		HttpMethod method = request.method();
		String uploadId = request.queryParam("uploadId").orElse(null);
		if (method == HttpMethod.POST && request.queryParam("uploads").isPresent()) {
			String id = UUID.randomUUID().toString().replace("-", "") + "+/=";
			this.pendingUploads.put(id, new ConcurrentHashMap<>());
			return xml("<InitiateMultipartUploadResult><Bucket>" + BUCKET + "</Bucket><Key>" + key + "</Key><UploadId>"
					+ id + "</UploadId></InitiateMultipartUploadResult>");
		}
		if (method == HttpMethod.PUT && uploadId != null) {
			Map<Integer, byte[]> parts = this.pendingUploads.get(uploadId);
			if (parts == null) {
				return ServerResponse.status(HttpStatus.NOT_FOUND).bodyValue("<Error><Code>NoSuchUpload</Code></Error>");
			}
			int number = Integer.parseInt(request.queryParam("partNumber").orElseThrow());
			parts.put(number, body);
			this.partsReceived.incrementAndGet();
			return ServerResponse.ok().eTag("\"" + SigV4.hex(SigV4.sha256(body)).substring(0, 32) + "\"").build();
		}
		if (method == HttpMethod.POST && uploadId != null) {
			Map<Integer, byte[]> parts = this.pendingUploads.remove(uploadId);
			if (parts == null) {
				return ServerResponse.status(HttpStatus.NOT_FOUND).bodyValue("<Error><Code>NoSuchUpload</Code></Error>");
			}
			ByteArrayOutputStream object = new ByteArrayOutputStream();
			Matcher numbers = PART_NUMBER.matcher(new String(body, StandardCharsets.UTF_8));
			while (numbers.find()) {
				object.writeBytes(parts.get(Integer.parseInt(numbers.group(1))));
			}
			this.objects.put(key, object.toByteArray());
			return xml("<CompleteMultipartUploadResult><Key>" + key + "</Key></CompleteMultipartUploadResult>");
		}
		if (method == HttpMethod.DELETE && uploadId != null) {
			this.pendingUploads.remove(uploadId);
			return ServerResponse.noContent().build();
		}
		if (method == HttpMethod.PUT) {
			this.objects.put(key, body);
			return ServerResponse.ok().eTag("\"" + SigV4.hex(SigV4.sha256(body)).substring(0, 32) + "\"").build();
		}
		if (method == HttpMethod.GET) {
			byte[] object = this.objects.get(key);
			return object == null
					? ServerResponse.status(HttpStatus.NOT_FOUND).bodyValue("<Error><Code>NoSuchKey</Code></Error>")
					: ServerResponse.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(object);
		}
		if (method == HttpMethod.DELETE) {
			this.objects.remove(key);
			return ServerResponse.noContent().build();
		}
		return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).build();
	}

	private static Mono<ServerResponse> xml(String body) {
		return ServerResponse.ok().contentType(MediaType.APPLICATION_XML).bodyValue(body);
	}

}
