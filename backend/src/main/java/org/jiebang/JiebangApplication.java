package org.jiebang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point of the Jiebang challenge-list marketplace. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class JiebangApplication {

	/** Reactor Netty's switch between the JDK's NIO transport and the native (epoll) one. */
	static final String NATIVE_TRANSPORT = "reactor.netty.native";

	static {
		useNioTransport();
	}

	public static void main(String[] args) {
		SpringApplication.run(JiebangApplication.class, args);
	}

	/**
	 * Netty's NIO transport for the server and the PostgreSQL driver, unless {@code -Dreactor.netty.native=true}
	 * asks for epoll. With Netty 4.2's epoll transport, a response written from a thread other than the
	 * connection's event loop (the database scheduler, the export writer) now and then waited until the next
	 * network event on that loop: three requests stalled for 15–30 s in CI, and each was written out the moment
	 * the client gave up and closed the connection. Runs before any Reactor Netty class reads the setting.
	 */
	static void useNioTransport() {
		if (System.getProperty(NATIVE_TRANSPORT) == null) {
			System.setProperty(NATIVE_TRANSPORT, "false");
		}
	}

}
