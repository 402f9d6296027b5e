package org.jiebang.support;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * What BlockHound may let pass on non-blocking threads in the tests: only calls that are not request
 * work (logging to the console, the JDK's random source reading its already-open entropy file).
 */
public class JiebangBlockHoundIntegration implements BlockHoundIntegration {

	@Override
	public void applyTo(BlockHound.Builder builder) {
		builder.allowBlockingCallsInside("ch.qos.logback.classic.Logger", "callAppenders");
		builder.allowBlockingCallsInside("java.security.SecureRandom", "nextBytes");
		builder.allowBlockingCallsInside("java.security.SecureRandom", "next");
		builder.allowBlockingCallsInside("java.util.UUID", "randomUUID");
	}

}
