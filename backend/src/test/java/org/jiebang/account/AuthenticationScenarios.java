package org.jiebang.account;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiebang.support.Api;
import org.jiebang.support.CreditCodeFixtures;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration, sign-in with cookie and bearer, CSRF, throttling, tampering and sign-out. */
abstract class AuthenticationScenarios extends IntegrationTestSupport {

	@Test
	void firmRegistersWithNewUnverifiedOrganizationAndSeesItInMe() {
		Session firm = api().register("FIRM", "ENTERPRISE", Api.uniqueName("firm"));
		firm.get("/api/auth/me")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.role")
			.isEqualTo("FIRM")
			.jsonPath("$.organization.type")
			.isEqualTo("ENTERPRISE")
			.jsonPath("$.organization.verified")
			.isEqualTo(false)
			.jsonPath("$.organization.invitationCode")
			.isNotEmpty();
	}

	@Test
	void labRegistrationCreatesALabAndColleaguesJoinWithItsCode() {
		Session lab = api().register("LAB", "UNIVERSITY", Api.uniqueName("lab"));
		Map<?, ?> me = lab.get("/api/auth/me").exchange().expectBody(Map.class).returnResult().getResponseBody();
		Map<?, ?> labRef = (Map<?, ?>) me.get("lab");
		assertThat(labRef).isNotNull();
		String username = Api.uniqueName("colleague");
		Map<?, ?> joined = api().anonymous()
			.post("/api/auth/register")
			.bodyValue(Map.of("username", username, "password", "Passw0rd-join", "displayName", "同事", "role", "LAB",
					"invitationCode", labRef.get("invitationCode")))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(((Map<?, ?>) joined.get("lab")).get("id")).isEqualTo(labRef.get("id"));
		assertThat(((Map<?, ?>) joined.get("organization")).get("id"))
			.isEqualTo(((Map<?, ?>) me.get("organization")).get("id"));
	}

	@Test
	void registrationRejectsBadCreditCodeRoleMismatchAndAdminRole() {
		Session anonymous = api().anonymous();
		anonymous.post("/api/auth/register")
			.bodyValue(Map.of("username", Api.uniqueName("bad"), "password", "Passw0rd-x", "displayName", "X", "role",
					"FIRM", "organization", Map.of("name", "坏代码公司", "type", "ENTERPRISE", "creditCode",
							"91310115MA1K3YJ7XI", "province", "SH", "city", "上海市")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("organization.creditCode");
		anonymous.post("/api/auth/register")
			.bodyValue(Map.of("username", Api.uniqueName("bad"), "password", "Passw0rd-x", "displayName", "X", "role",
					"FIRM", "organization", Map.of("name", "某大学", "type", "UNIVERSITY", "creditCode",
							CreditCodeFixtures.next(), "province", "SH", "city", "上海市")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("organization.type");
		anonymous.post("/api/auth/register")
			.bodyValue(Map.of("username", Api.uniqueName("bad"), "password", "Passw0rd-x", "displayName", "X", "role",
					"ADMIN", "organization", Map.of("name", "某公司", "type", "ENTERPRISE", "creditCode",
							CreditCodeFixtures.next(), "province", "SH", "city", "上海市")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("role");
	}

	@Test
	void duplicateUsernameIsConflictWithFieldError() {
		String username = Api.uniqueName("dup");
		api().register("FIRM", "ENTERPRISE", username);
		api().anonymous()
			.post("/api/auth/register")
			.bodyValue(Map.of("username", username.toUpperCase(), "password", "Passw0rd-x", "displayName", "X",
					"role", "FIRM", "organization", Map.of("name", "另一家", "type", "ENTERPRISE", "creditCode",
							CreditCodeFixtures.next(), "province", "SH", "city", "上海市")))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/username-taken")
			.jsonPath("$.errors[0].field")
			.isEqualTo("username");
	}

	@Test
	void wrongPasswordIsVague401() {
		api().anonymous()
			.post("/api/auth/login")
			.bodyValue(Map.of("username", ADMIN, "password", "not-the-password-1"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/bad-credentials");
		api().anonymous()
			.post("/api/auth/login")
			.bodyValue(Map.of("username", "nobody-at-all", "password", "not-the-password-1"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/bad-credentials");
	}

	@Test
	void sixthFailureForOneAccountIs429WithRetryAfter() {
		String username = Api.uniqueName("throttled");
		api().register("LAB", "INSTITUTE", username);
		for (int i = 0; i < 5; i++) {
			api().anonymous()
				.post("/api/auth/login")
				.bodyValue(Map.of("username", username, "password", "wrong-password-" + i))
				.exchange()
				.expectStatus()
				.isUnauthorized();
		}
		api().anonymous()
			.post("/api/auth/login")
			.bodyValue(Map.of("username", username, "password", "Passw0rd!" + username.length()))
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/too-many-login-attempts");
	}

	@Test
	void sixthFailureFromOneAddressIs429EvenAcrossAccounts() {
		Session sameAddress = api().anonymous();
		for (int i = 0; i < 5; i++) {
			sameAddress.post("/api/auth/login")
				.bodyValue(Map.of("username", Api.uniqueName("guess"), "password", "wrong-password-" + i))
				.exchange()
				.expectStatus()
				.isUnauthorized();
		}
		sameAddress.post("/api/auth/login")
			.bodyValue(Map.of("username", Api.uniqueName("guess"), "password", "wrong-password"))
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER);
	}

	@Test
	void cookieWriteWithoutCsrfTokenIs403() {
		Session firm = api().register("FIRM", "ENTERPRISE", Api.uniqueName("csrf"));
		firm.withoutCsrf()
			.post("/api/auth/logout")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/csrf");
		firm.get("/api/auth/me").exchange().expectStatus().isOk();
	}

	@Test
	void tamperedTokenIs401() {
		Session firm = api().register("FIRM", "GOVERNMENT", Api.uniqueName("tamper"));
		String token = firm.sessionCookie();
		char last = token.charAt(token.length() - 1);
		String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
		firm.withBearer(tampered).get("/api/auth/me").exchange().expectStatus().isUnauthorized();
		firm.withBearer("not-a-token").get("/api/auth/me").exchange().expectStatus().isUnauthorized();
		firm.withSessionCookie(tampered).get("/api/auth/me").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void bearerTokenWorksWithoutCsrfAndIsUnusableAfterLogout() {
		String username = Api.uniqueName("bearer");
		api().register("FIRM", "ENTERPRISE", username);
		Session bearer = api().bearer(username, "Passw0rd!" + username.length());
		bearer.get("/api/auth/me").exchange().expectStatus().isOk().expectBody().jsonPath("$.username")
			.isEqualTo(username);
		bearer.post("/api/auth/logout").exchange().expectStatus().isNoContent();
		bearer.get("/api/auth/me").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void cookieSessionIsUnusableAfterLogout() {
		Session firm = api().register("FIRM", "ENTERPRISE", Api.uniqueName("logout"));
		firm.post("/api/auth/logout")
			.exchange()
			.expectStatus()
			.isNoContent()
			.expectHeader()
			.valueMatches(HttpHeaders.SET_COOKIE, "JIEBANG_SESSION=;.*Max-Age=0.*");
		firm.withBearer(firm.sessionCookie()).get("/api/auth/me").exchange().expectStatus().isUnauthorized();
		firm.get("/api/auth/me").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void configuredAdministratorSignsInAndVerifiesOrganizations() {
		Session firm = api().register("FIRM", "ENTERPRISE", Api.uniqueName("verify"));
		String orgId = (String) ((Map<?, ?>) firm.get("/api/auth/me")
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("organization")).get("id");
		firm.post("/api/admin/organizations/{id}/verify", orgId).exchange().expectStatus().isForbidden();
		api().anonymous().post("/api/admin/organizations/{id}/verify", orgId).exchange().expectStatus().isUnauthorized();
		Session admin = api().login(ADMIN, ADMIN_PASSWORD);
		admin.get("/api/auth/me").exchange().expectBody().jsonPath("$.role").isEqualTo("ADMIN");
		admin.post("/api/admin/organizations/{id}/verify", orgId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.verified")
			.isEqualTo(true);
		firm.get("/api/auth/me").exchange().expectBody().jsonPath("$.organization.verified").isEqualTo(true);
	}

	@Test
	void credentialEndpointsRefuseCrossSiteOrigins() {
		api().client()
			.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.bodyValue(Map.of("username", ADMIN, "password", ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void meWithoutSessionIs401Problem() {
		api().client()
			.get()
			.uri("/api/auth/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
