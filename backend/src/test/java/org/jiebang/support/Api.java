package org.jiebang.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A test client that signs in like the browser does (session cookie plus CSRF token) or with a bearer token. */
public final class Api {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private final WebTestClient client;

	Api(WebTestClient client) {
		this.client = client;
	}

	public WebTestClient client() {
		return this.client;
	}

	/** An anonymous browser session: it holds a CSRF token but no session cookie. */
	public Session anonymous() {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/api/auth/csrf")
			.header("X-Forwarded-For", nextAddress())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
		ResponseCookie xsrf = result.getResponseCookies().getFirst("XSRF-TOKEN");
		return new Session(this.client, null, xsrf == null ? null : xsrf.getValue(), null, nextAddress());
	}

	/** Signs in with the session cookie, as the single-page application does. */
	public Session login(String username, String password) {
		Session anonymous = anonymous();
		EntityExchangeResult<byte[]> result = anonymous.post("/api/auth/login")
			.bodyValue(Map.of("username", username, "password", password))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
		return anonymous.withCookie(result.getResponseCookies().getFirst("JIEBANG_SESSION").getValue());
	}

	/** Signs in with a bearer token, as programmatic clients do. */
	public Session bearer(String username, String password) {
		Map<?, ?> token = this.client.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Forwarded-For", nextAddress())
			.bodyValue(Map.of("username", username, "password", password))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return new Session(this.client, null, null, (String) token.get("token"), nextAddress());
	}

	/** Registers a new account with a new organization and signs in with its cookie. */
	public Session register(String role, String orgType, String username) {
		Session anonymous = anonymous();
		Map<String, Object> body = Map.of("username", username, "password", "Passw0rd!" + username.length(),
				"displayName", "Test " + username, "role", role, "organization",
				Map.of("name", "测试单位 " + username, "type", orgType, "creditCode", CreditCodeFixtures.next(),
						"province", "SH", "city", "上海市"));
		EntityExchangeResult<byte[]> result = anonymous.post("/api/auth/register")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.returnResult();
		return anonymous.withCookie(result.getResponseCookies().getFirst("JIEBANG_SESSION").getValue());
	}

	public static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A distinct client address per session, so that per-address login throttling stays per test. */
	static String nextAddress() {
		int n = ADDRESSES.getAndIncrement();
		return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
	}

	/** Header names used by the browser flow. */
	public static final class Headers {

		public static final String XSRF = "X-XSRF-TOKEN";

		public static final String AUTHORIZATION = HttpHeaders.AUTHORIZATION;

		private Headers() {
		}

	}

}
