package org.jiebang.support.marketplace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.jiebang.support.Session;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One HTTP exchange as plain data (status, content type, body text), so that a test can check many
 * responses without failing at the first one.
 *
 * @param method HTTP method
 * @param uri request URI
 * @param status response status
 * @param contentType response content type, empty when none
 * @param body response body as text, empty when none
 */
public record Reply(String method, String uri, int status, String contentType, String body) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static Reply get(Session session, String uri) {
		return of("GET", uri, session.get(uri));
	}

	public static Reply post(Session session, String uri, Object body) {
		WebTestClient.RequestBodySpec spec = session.post(uri);
		return of("POST", uri, body == null ? spec : spec.bodyValue(body));
	}

	public static Reply put(Session session, String uri, Object body) {
		WebTestClient.RequestBodySpec spec = session.put(uri);
		return of("PUT", uri, body == null ? spec : spec.bodyValue(body));
	}

	/** Sends any of GET, POST, PUT. */
	public static Reply send(Session session, String method, String uri, Object body) {
		return switch (method) {
			case "GET" -> get(session, uri);
			case "POST" -> post(session, uri, body);
			case "PUT" -> put(session, uri, body);
			default -> throw new IllegalArgumentException(method);
		};
	}

	public static Reply of(String method, String uri, WebTestClient.RequestHeadersSpec<?> spec) {
		EntityExchangeResult<byte[]> result = spec.exchange().expectBody().returnResult();
		byte[] bytes = result.getResponseBodyContent();
		MediaType type = result.getResponseHeaders().getContentType();
		return new Reply(method, uri, result.getStatus().value(), type == null ? "" : type.toString(),
				bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8));
	}

	public boolean is2xx() {
		return this.status >= 200 && this.status < 300;
	}

	public boolean isProblem() {
		return this.contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	@SuppressWarnings("unchecked")
	public Map<String, Object> json() {
		return JSON.readValue(this.body, Map.class);
	}

	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> list() {
		return JSON.readValue(this.body, List.class);
	}

	/** The problem type without its {@code /problems/} prefix, or empty. */
	public String problemType() {
		if (!isProblem() || this.body.isEmpty()) {
			return "";
		}
		Object type = json().get("type");
		return type == null ? "" : type.toString().replace("/problems/", "");
	}

	/** The fields named in a validation problem's {@code errors}. */
	public List<String> errorFields() {
		List<String> fields = new ArrayList<>();
		if (!isProblem() || this.body.isEmpty()) {
			return fields;
		}
		Object errors = json().get("errors");
		if (errors instanceof List<?> list) {
			for (Object error : list) {
				fields.add(String.valueOf(((Map<?, ?>) error).get("field")));
			}
		}
		return fields;
	}

	/** The value of a top-level property as text. */
	public String text(String property) {
		Object value = json().get(property);
		return value == null ? null : value.toString();
	}

	/** Fails with the whole exchange in the message unless the status is the expected one. */
	public Reply expect(int expected) {
		if (this.status != expected) {
			throw new AssertionError("Expected " + expected + " from " + this + "");
		}
		return this;
	}

	@Override
	public String toString() {
		String shown = this.body.length() > 600 ? this.body.substring(0, 600) + "…" : this.body;
		return this.method + " " + this.uri + " -> " + this.status + " " + this.contentType + " " + shown;
	}

}
