package org.jiebang.seed;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiebang.support.IntegrationTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data set loads on first start, once, and its accounts work. */
abstract class DemoDataScenarios extends IntegrationTestSupport {

	@Autowired
	DemoDataLoader loader;

	@Test
	void demoDataIsLoadedOnceWithEveryRequiredPart() {
		Map<?, ?> stats = api().client()
			.get()
			.uri("/api/stats/public")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(((Number) stats.get("organizations")).longValue()).isGreaterThanOrEqualTo(12);
		assertThat(((Number) stats.get("labs")).longValue()).isGreaterThanOrEqualTo(20);
		assertThat(((Number) stats.get("publishedChallenges")).longValue()).isGreaterThanOrEqualTo(20);
		assertThat(((Number) stats.get("openChallenges")).longValue()).isGreaterThan(0);
		assertThat((String) stats.get("openBounty")).matches("\\d+\\.\\d{2}");
		assertThat(this.loader.loadIfEmpty().block()).isFalse();
	}

	@Test
	void everyDemoRoleSignsIn() {
		api().login("demo-firm", "Jiebang#Firm2026").get("/api/auth/me").exchange().expectBody()
			.jsonPath("$.role").isEqualTo("FIRM").jsonPath("$.organization.verified").isEqualTo(true);
		api().login("demo-lab", "Jiebang#Lab2026").get("/api/auth/me").exchange().expectBody()
			.jsonPath("$.role").isEqualTo("LAB").jsonPath("$.lab.id").isNotEmpty();
		api().login("demo-admin", "Jiebang#Admin2026").get("/api/auth/me").exchange().expectBody()
			.jsonPath("$.role").isEqualTo("ADMIN");
		api().login("demo-expert", "Jiebang#Expert2026").get("/api/auth/me").exchange().expectBody()
			.jsonPath("$.role").isEqualTo("EXPERT");
	}

}
