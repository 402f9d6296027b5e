package org.jiebang.support;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * What BlockHound may let pass on non-blocking threads in the tests: only calls that are not request
 * work (console logging, the JDK random source, building a Jackson deserializer once per type).
 */
public class JiebangBlockHoundIntegration implements BlockHoundIntegration {

	@Override
	public void applyTo(BlockHound.Builder builder) {
		builder.allowBlockingCallsInside("ch.qos.logback.classic.Logger", "callAppenders");
		builder.allowBlockingCallsInside("java.security.SecureRandom", "nextBytes");
		builder.allowBlockingCallsInside("java.security.SecureRandom", "next");
		builder.allowBlockingCallsInside("java.util.UUID", "randomUUID");
		// Netty's adaptive allocator grows its buffer pool under a short lock; not request work.
		builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines");
		// Jackson builds a deserializer once per type under a short lock; not request work.
		builder.allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
				"_createAndCacheValueDeserializer");
	}

}
