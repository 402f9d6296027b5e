package org.jiebang.cluster;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiebang.cluster.ClusterTargets.A;
import static org.jiebang.cluster.ClusterTargets.B;
import static org.jiebang.cluster.ClusterTargets.LB;

/**
 * Sessions and login throttling hold across instances (SPEC §10: session tokens work across
 * instances and are revocable at logout; throttling counts every instance's failures).
 */
@Tag("cluster")
class SessionClusterIT {

	@BeforeAll
	static void cluster() {
		ClusterTargets.assumeConfigured();
	}

	@Test
	void aSessionOpenedOnOneInstanceServesTheOtherAndEndsOnEveryInstanceAtLogout() {
		Browser browser = new Browser().login(A, "demo-firm", "Jiebang#Firm2026");
		String token = browser.cookie(Browser.SESSION_COOKIE);

		assertThat(browser.get(B, "/api/auth/me").string("username")).isEqualTo("demo-firm");
		assertThat(browser.get(LB, "/api/auth/me").string("username")).isEqualTo("demo-firm");
		// A cookie-authenticated write on B with the CSRF token that A handed out.
		assertThat(browser.post(B, "/api/notifications/read-all", null).code()).isEqualTo(204);

		assertThat(browser.post(B, "/api/auth/logout", null).code()).isEqualTo(204);
		assertThat(browser.cookie(Browser.SESSION_COOKIE)).as("logout clears the cookie").isNull();

		// The revoked token, presented again, is refused by both instances.
		browser.setCookie(Browser.SESSION_COOKIE, token);
		assertThat(browser.get(A, "/api/auth/me").code()).isEqualTo(401);
		assertThat(browser.get(B, "/api/auth/me").code()).isEqualTo(401);
		assertThat(browser.post(A, "/api/notifications/read-all", null).code()).isEqualTo(401);
	}

	@Test
	void failedLoginsOfAnAccountCountOnEveryInstance() {
		String username = "cluster-throttle-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= 5; i++) {
			// A new address each time: only the account's count can reach the limit.
			Browser.Response failed = new Browser().attemptLogin(A, username, "wrong-password-" + i);
			assertThat(failed.code()).as("failure %d via A", i).isEqualTo(401);
		}
		Browser.Response sixth = new Browser().attemptLogin(B, username, "wrong-password-6");
		assertThat(sixth.code()).as("6th attempt via B: %s", sixth).isEqualTo(429);
		assertThat(sixth.headers().getFirst("Retry-After")).isNotBlank();
	}

	@Test
	void failedLoginsFromAnAddressCountOnEveryInstance() {
		Browser sameAddress = new Browser();
		String prefix = "cluster-address-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		for (int i = 1; i <= 5; i++) {
			// A new account each time: only the address's count can reach the limit.
			Browser.Response failed = sameAddress.attemptLogin(A, prefix + i, "wrong-password");
			assertThat(failed.code()).as("failure %d via A", i).isEqualTo(401);
		}
		Browser.Response sixth = sameAddress.attemptLogin(B, prefix + 6, "wrong-password");
		assertThat(sixth.code()).as("6th attempt via B: %s", sixth).isEqualTo(429);
		assertThat(sixth.headers().getFirst("Retry-After")).isNotBlank();
	}

}
