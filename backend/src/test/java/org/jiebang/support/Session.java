package org.jiebang.support;

import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One client's credentials: a session cookie with its CSRF token, or a bearer token, or nothing.
 *
 * @param client the HTTP client
 * @param sessionCookie the session cookie value, if signed in with a cookie
 * @param xsrf the CSRF token (cookie and header)
 * @param bearer the bearer token, if signed in with one
 * @param address the client address sent as X-Forwarded-For
 */
public record Session(WebTestClient client, String sessionCookie, String xsrf, String bearer, String address) {

	Session withCookie(String cookie) {
		return new Session(this.client, cookie, this.xsrf, this.bearer, this.address);
	}

	/** The same session without its CSRF token, to show that writes then fail. */
	public Session withoutCsrf() {
		return new Session(this.client, this.sessionCookie, null, this.bearer, this.address);
	}

	public Session withBearer(String token) {
		return new Session(this.client, null, null, token, this.address);
	}

	public Session withSessionCookie(String cookie) {
		return new Session(this.client, cookie, this.xsrf, null, this.address);
	}

	public WebTestClient.RequestHeadersSpec<?> get(String uri, Object... variables) {
		return this.client.get().uri(uri, variables).headers(this::apply);
	}

	public WebTestClient.RequestBodySpec post(String uri, Object... variables) {
		return this.client.post().uri(uri, variables).contentType(MediaType.APPLICATION_JSON).headers(this::apply);
	}

	public WebTestClient.RequestBodySpec put(String uri, Object... variables) {
		return this.client.put().uri(uri, variables).contentType(MediaType.APPLICATION_JSON).headers(this::apply);
	}

	public WebTestClient.RequestHeadersSpec<?> delete(String uri, Object... variables) {
		return this.client.delete().uri(uri, variables).headers(this::apply);
	}

	public WebTestClient.RequestHeadersSpec<?> headers(WebTestClient.RequestHeadersSpec<?> spec,
			Consumer<HttpHeaders> extra) {
		return spec.headers(extra);
	}

	private void apply(HttpHeaders headers) {
		headers.add("X-Forwarded-For", this.address);
		StringBuilder cookies = new StringBuilder();
		if (this.sessionCookie != null) {
			cookies.append("JIEBANG_SESSION=").append(this.sessionCookie);
		}
		if (this.xsrf != null) {
			if (!cookies.isEmpty()) {
				cookies.append("; ");
			}
			cookies.append("XSRF-TOKEN=").append(this.xsrf);
			headers.add(Api.Headers.XSRF, this.xsrf);
		}
		if (!cookies.isEmpty()) {
			headers.add(HttpHeaders.COOKIE, cookies.toString());
		}
		if (this.bearer != null) {
			headers.setBearerAuth(this.bearer);
		}
	}

}
