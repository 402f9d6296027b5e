package org.jiebang.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.jiebang.support.IntegrationTestSupport;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP conventions every route keeps: problem responses, SPA fallback, health, metrics, OpenAPI. */
abstract class WebBasicsScenarios extends IntegrationTestSupport {

	@Test
	void theServerAndTheDatabaseDriverRunOnNettysNioTransport() {
		api().client().get().uri("/api/nope").exchange().expectStatus().isNotFound();
		List<String> threads = Thread.getAllStackTraces().keySet().stream().map(Thread::getName).toList();
		assertThat(threads).anyMatch(name -> name.startsWith("reactor-http-nio"));
		assertThat(threads).noneMatch(name -> name.contains("epoll"));
	}

	@Test
	void unknownApiRouteIsProblem404() {
		api().client()
			.get()
			.uri("/api/nope")
			.accept(MediaType.TEXT_HTML, MediaType.ALL)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found")
			.jsonPath("$.status")
			.isEqualTo(404);
	}

	@Test
	void clientRoutesFallBackToIndexButApiNeverDoes() {
		String page = api().client()
			.get()
			.uri("/some/client/route")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("<div id=\"root\">");
		api().client()
			.get()
			.uri("/api/x")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void malformedJsonIsProblem400() {
		api().client()
			.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{bad")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/malformed-request");
	}

	@Test
	void validationFailureListsFieldErrors() {
		api().client()
			.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"username\":\"someone\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("password")
			.jsonPath("$.errors[0].message")
			.isNotEmpty();
	}

	@Test
	void fieldErrorsAreLocalized() {
		api().client()
			.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
			.bodyValue("{\"username\":\"someone\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("必填。")
			.jsonPath("$.detail")
			.isEqualTo("部分字段填写有误。");
	}

	@Test
	void wrongMethodIsProblem405() {
		api().client()
			.put()
			.uri("/api/stats/public")
			.header("X-XSRF-TOKEN", "t")
			.cookie("XSRF-TOKEN", "t")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/method-not-allowed");
	}

	@Test
	void tooLargeBodyIsProblem413() {
		String huge = "{\"username\":\"" + "x".repeat(2_000_000) + "\",\"password\":\"y\"}";
		api().client()
			.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(huge)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/payload-too-large");
	}

	@Test
	void healthReportsUpWithReadinessIncludingTheDatabase() {
		api().client().get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("UP");
		api().client().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		api().client().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	@Test
	void prometheusMetricsAreExposed() {
		String metrics = api().client()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).contains("jvm_memory_used_bytes").contains("r2dbc_pool");
	}

	@Test
	void openApiDocumentDescribesTheApi() {
		api().client()
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/auth/login']")
			.exists();
		api().client().get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
	}

	@Test
	void responsesCarrySecurityHeaders() {
		api().client()
			.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*frame-ancestors 'none'.*")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY");
	}

	@Test
	void taxonomyNamesEveryCodeInBothLanguages() {
		api().client()
			.get()
			.uri("/api/taxonomy")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.industryChains[?(@.code == 'INTEGRATED_CIRCUITS')].zh")
			.isEqualTo("集成电路")
			.jsonPath("$.challengeTypes.length()")
			.isEqualTo(5)
			.jsonPath("$.regions.length()")
			.isEqualTo(31);
	}

}
