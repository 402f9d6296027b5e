package org.jiebang.delivery;

import org.jiebang.support.IntegrationTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the delivery, export and statistics suites: the application with a {@link MovableClock} (sessions
 * last long enough to survive months of it), a two-second announcement period, and the overdue job left to
 * the tests. Suites sharing this configuration share one application context.
 */
@Import(DeliveryTestSupport.ClockConfiguration.class)
@TestPropertySource(properties = { "jiebang.security.session-ttl=P3650D", "jiebang.award.publicity-period=PT2S",
		"jiebang.delivery.overdue-job-interval=PT1H" })
public abstract class DeliveryTestSupport extends IntegrationTestSupport {

	@Autowired
	protected MovableClock clock;

	/** Replaces the application's clock with one the tests move. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class ClockConfiguration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
