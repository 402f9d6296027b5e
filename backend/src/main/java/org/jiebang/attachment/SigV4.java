package org.jiebang.attachment;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for S3 requests in header form: the canonical request over method, path, query,
 * {@code host}, {@code x-amz-content-sha256}, {@code x-amz-date} (and any other headers given), signed
 * with the key derived from the secret, date, region and service.
 */
final class SigV4 {

	static final String ALGORITHM = "AWS4-HMAC-SHA256";

	static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

	private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final String accessKey;

	private final String secretKey;

	private final String region;

	private final String service;

	SigV4(String accessKey, String secretKey, String region, String service) {
		this.accessKey = accessKey;
		this.secretKey = secretKey;
		this.region = region;
		this.service = service;
	}

	/**
	 * The headers to send: the given ones plus {@code x-amz-date}, {@code x-amz-content-sha256} and
	 * {@code Authorization}.
	 *
	 * @param method HTTP method
	 * @param uri full request URI, path and query already encoded as they go on the wire
	 * @param extraHeaders further headers to sign (lower-case names)
	 * @param payloadSha256 hex SHA-256 of the body
	 * @param now signing time
	 */
	Map<String, String> sign(String method, URI uri, Map<String, String> extraHeaders, String payloadSha256,
			Instant now) {
		String amzDate = AMZ_DATE.format(now);
		SortedMap<String, String> signed = new TreeMap<>();
		extraHeaders.forEach((name, value) -> signed.put(name.toLowerCase(java.util.Locale.ROOT), value.strip()));
		signed.put("host", hostHeader(uri));
		signed.put("x-amz-content-sha256", payloadSha256);
		signed.put("x-amz-date", amzDate);
		String signature = signature(method, uri.getRawPath(), uri.getRawQuery(), signed, payloadSha256, amzDate);
		Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
		headers.put("x-amz-date", amzDate);
		headers.put("x-amz-content-sha256", payloadSha256);
		headers.put("Authorization", ALGORITHM + " Credential=" + this.accessKey + "/" + scope(amzDate)
				+ ", SignedHeaders=" + String.join(";", signed.keySet()) + ", Signature=" + signature);
		return headers;
	}

	/** The signature of a request whose signed headers (lower-case names, trimmed values) are given. */
	String signature(String method, String rawPath, String rawQuery, SortedMap<String, String> signedHeaders,
			String payloadSha256, String amzDate) {
		String canonicalHeaders = signedHeaders.entrySet()
			.stream()
			.map(e -> e.getKey() + ":" + e.getValue().strip().replaceAll("\\s+", " ") + "\n")
			.collect(Collectors.joining());
		String canonicalRequest = method + "\n" + canonicalPath(rawPath) + "\n" + canonicalQuery(rawQuery) + "\n"
				+ canonicalHeaders + "\n" + String.join(";", signedHeaders.keySet()) + "\n" + payloadSha256;
		String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope(amzDate) + "\n"
				+ hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
		byte[] key = hmac(("AWS4" + this.secretKey).getBytes(StandardCharsets.UTF_8), amzDate.substring(0, 8));
		key = hmac(key, this.region);
		key = hmac(key, this.service);
		key = hmac(key, "aws4_request");
		return hex(hmac(key, stringToSign));
	}

	private String scope(String amzDate) {
		return amzDate.substring(0, 8) + "/" + this.region + "/" + this.service + "/aws4_request";
	}

	/** The value of the Host header as HTTP clients send it: the port only when it is not the default. */
	static String hostHeader(URI uri) {
		int port = uri.getPort();
		boolean defaultPort = port == -1 || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80)
				|| ("https".equalsIgnoreCase(uri.getScheme()) && port == 443);
		return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
	}

	private static String canonicalPath(String rawPath) {
		if (rawPath == null || rawPath.isEmpty()) {
			return "/";
		}
		// Each segment is signed URI-encoded once, whatever encoding it travelled with.
		return java.util.Arrays.stream(rawPath.split("/", -1))
			.map(segment -> encode(decode(segment)))
			.collect(Collectors.joining("/"));
	}

	private static String canonicalQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		SortedMap<String, String> params = new TreeMap<>();
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = eq < 0 ? pair : pair.substring(0, eq);
			String value = eq < 0 ? "" : pair.substring(eq + 1);
			params.put(encode(decode(name)), encode(decode(value)));
		}
		return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
	}

	/** RFC 3986 percent-encoding of everything but the unreserved characters. */
	static String encode(String text) {
		StringBuilder out = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
					|| c == '.' || c == '~') {
				out.append(c);
			}
			else {
				out.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return out.toString();
	}

	private static String decode(String text) {
		return java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	private static byte[] hmac(byte[] key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
