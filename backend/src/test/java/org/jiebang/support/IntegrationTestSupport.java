package org.jiebang.support;

import java.time.Duration;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the integration suites: the whole application on a random port, called over real HTTP, on the
 * embedded H2 database unless the suite is annotated {@link OnPostgres}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"server.forward-headers-strategy=framework", "jiebang.admin.username=" + IntegrationTestSupport.ADMIN,
		"jiebang.admin.password=" + IntegrationTestSupport.ADMIN_PASSWORD,
		"jiebang.security.token-secret=integration-test-secret-of-at-least-32-bytes",
		"jiebang.challenge.min-bidding-period=PT5S", "jiebang.challenge.close-job-interval=PT1S" })
@ContextConfiguration(initializers = TestDataDirInitializer.class)
@ExtendWith(HangReport.class)
public abstract class IntegrationTestSupport {

	public static final String ADMIN = "test-admin";

	public static final String ADMIN_PASSWORD = "Test#Admin2026";

	@LocalServerPort
	protected int port;

	private Api api;

	protected Api api() {
		if (this.api == null) {
			WebTestClient client = WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + this.port)
				.responseTimeout(Duration.ofSeconds(30))
				.build();
			this.api = new Api(client);
		}
		return this.api;
	}

}
