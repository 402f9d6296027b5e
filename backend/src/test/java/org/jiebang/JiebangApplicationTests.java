package org.jiebang;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The application picks Netty's NIO transport unless the operator chose one. */
class JiebangApplicationTests {

	@Test
	void nioUnlessTheTransportWasChosenExplicitly() {
		String before = System.getProperty(JiebangApplication.NATIVE_TRANSPORT);
		try {
			System.clearProperty(JiebangApplication.NATIVE_TRANSPORT);
			JiebangApplication.useNioTransport();
			assertThat(System.getProperty(JiebangApplication.NATIVE_TRANSPORT)).isEqualTo("false");

			System.setProperty(JiebangApplication.NATIVE_TRANSPORT, "true");
			JiebangApplication.useNioTransport();
			assertThat(System.getProperty(JiebangApplication.NATIVE_TRANSPORT)).isEqualTo("true");
		}
		finally {
			if (before == null) {
				System.clearProperty(JiebangApplication.NATIVE_TRANSPORT);
			}
			else {
				System.setProperty(JiebangApplication.NATIVE_TRANSPORT, before);
			}
		}
	}

}
