package org.jiebang.system.web;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SpaForwardingFilterTests {

	@Test
	void forwardsPageNavigationsOnly() {
		assertThat(SpaForwardingFilter.isClientRoute(MockServerHttpRequest.get("/challenges/123")
			.accept(MediaType.TEXT_HTML)
			.build())).isTrue();
		assertThat(SpaForwardingFilter.isClientRoute(MockServerHttpRequest.get("/api/challenges").build())).isFalse();
		assertThat(SpaForwardingFilter.isClientRoute(MockServerHttpRequest.get("/api").build())).isFalse();
		assertThat(SpaForwardingFilter.isClientRoute(MockServerHttpRequest.get("/assets/app.js").build())).isFalse();
		assertThat(SpaForwardingFilter.isClientRoute(MockServerHttpRequest.get("/actuator/health").build())).isFalse();
		assertThat(SpaForwardingFilter.isClientRoute(MockServerHttpRequest.post("/labs").build())).isFalse();
		assertThat(SpaForwardingFilter.isClientRoute(MockServerHttpRequest.get("/labs")
			.accept(MediaType.APPLICATION_JSON)
			.build())).isFalse();
	}

}
