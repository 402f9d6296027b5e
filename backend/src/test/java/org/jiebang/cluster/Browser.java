package org.jiebang.cluster;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A browser talking to the cluster: one cookie jar (session cookie and XSRF-TOKEN) used against any
 * instance, the CSRF token echoed in {@code X-XSRF-TOKEN} on writes as the single-page app does, and a
 * fixed client address sent as {@code X-Forwarded-For} (the instances trust it, as behind nginx).
 */
final class Browser {

	static final String SESSION_COOKIE = "JIEBANG_SESSION";

	private static final Map<String, WebTestClient> clients = new ConcurrentHashMap<>();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final String address;

	Browser(String address) {
		this.address = address;
	}

	Browser() {
		this(ClusterTargets.randomAddress());
	}

	/** The answer to one request. */
	record Response(HttpStatusCode status, HttpHeaders headers, Object body) {

		@SuppressWarnings("unchecked")
		Map<String, Object> json() {
			return (Map<String, Object>) this.body;
		}

		String string(String field) {
			Object value = json().get(field);
			return value == null ? null : value.toString();
		}

		@SuppressWarnings("unchecked")
		List<Object> items() {
			return (List<Object>) json().get("items");
		}

		int code() {
			return this.status.value();
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

	/** GET /api/auth/csrf, then POST /api/auth/login, both on {@code base}; fails unless signed in. */
	Browser login(String base, String username, String password) {
		Response csrf = get(base, "/api/auth/csrf");
		if (csrf.code() != 200 || cookie("XSRF-TOKEN") == null) {
			throw new AssertionError("GET /api/auth/csrf on " + base + ": " + csrf);
		}
		Response login = attemptLogin(base, username, password);
		if (login.code() != 200 || cookie(SESSION_COOKIE) == null) {
			throw new AssertionError("login of " + username + " on " + base + ": " + login);
		}
		return this;
	}

	Response attemptLogin(String base, String username, String password) {
		return post(base, "/api/auth/login", Map.of("username", username, "password", password));
	}

	Response get(String base, String path) {
		return exchange(HttpMethod.GET, base, path, null);
	}

	Response post(String base, String path, Object body) {
		return exchange(HttpMethod.POST, base, path, body);
	}

	Response put(String base, String path, Object body) {
		return exchange(HttpMethod.PUT, base, path, body);
	}

	String cookie(String name) {
		synchronized (this.cookies) {
			return this.cookies.get(name);
		}
	}

	void setCookie(String name, String value) {
		synchronized (this.cookies) {
			this.cookies.put(name, value);
		}
	}

	Response exchange(HttpMethod method, String base, String path, Object body) {
		WebTestClient.RequestBodySpec spec = client(base).method(method).uri(path).headers(this::apply);
		WebTestClient.RequestHeadersSpec<?> request = body == null ? spec
				: spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
		EntityExchangeResult<Object> result = request.exchange().expectBody(Object.class).returnResult();
		remember(result.getResponseCookies().toSingleValueMap().values());
		return new Response(result.getStatus(), result.getResponseHeaders(), result.getResponseBody());
	}

	private void apply(HttpHeaders headers) {
		headers.add("X-Forwarded-For", this.address);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		synchronized (this.cookies) {
			if (!this.cookies.isEmpty()) {
				StringBuilder header = new StringBuilder();
				this.cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ")
					.append(name)
					.append('=')
					.append(value));
				headers.add(HttpHeaders.COOKIE, header.toString());
			}
			String xsrf = this.cookies.get("XSRF-TOKEN");
			if (xsrf != null) {
				headers.add("X-XSRF-TOKEN", xsrf);
			}
		}
	}

	private void remember(Iterable<ResponseCookie> received) {
		synchronized (this.cookies) {
			for (ResponseCookie cookie : received) {
				if (cookie.getMaxAge().isZero() || cookie.getValue().isEmpty()) {
					this.cookies.remove(cookie.getName());
				}
				else {
					this.cookies.put(cookie.getName(), cookie.getValue());
				}
			}
		}
	}

	private static WebTestClient client(String base) {
		return clients.computeIfAbsent(base, url -> WebTestClient.bindToServer()
			.baseUrl(url)
			.responseTimeout(Duration.ofSeconds(60))
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
			.build());
	}

}
