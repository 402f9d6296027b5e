package org.jiebang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.RepeatedTest;

import org.jiebang.support.IntegrationTestSupport;

/**
 * A kept-alive connection goes on serving after requests that arrive while an earlier one is still being
 * answered. With Reactor Netty 1.3.6 the server queued such a request, answered it, and then stopped reading the
 * connection: the next request on it never got a response (reactor-netty#4347, #4361; seen in CI as a GET that
 * timed out after a 403).
 */
class KeepAliveH2IntegrationTests extends IntegrationTestSupport {

	@RepeatedTest(3)
	void aConnectionServesTheRequestAfterPipelinedOnes() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			// One write: the second request arrives while the first (a database read) is still being answered;
			// the second is refused at once (no CSRF token).
			out.write((request("GET", "/api/challenges?size=1") + request("POST", "/api/auth/logout"))
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			assertThat(status(in)).isEqualTo(200);
			assertThat(status(in)).isEqualTo(403);
			out.write(request("GET", "/actuator/health").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			assertThat(status(in)).isEqualTo(200);
		}
	}

	private static String request(String method, String path) {
		return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
				+ ("POST".equals(method) ? "Content-Length: 0\r\n" : "") + "\r\n";
	}

	/** Reads one whole response (fixed length or chunked) and returns its status. */
	private static int status(InputStream in) throws IOException {
		String statusLine = line(in);
		int status = Integer.parseInt(statusLine.split(" ")[1]);
		long length = 0;
		boolean chunked = false;
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(lower.substring("content-length:".length()).trim());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
		}
		if (chunked) {
			for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16); size > 0;
					size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
				skip(in, size);
				line(in);
			}
			line(in);
		}
		else {
			skip(in, length);
		}
		return status;
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b == -1) {
				throw new IOException("connection closed");
			}
			if (b != '\r') {
				bytes.write(b);
			}
		}
		return bytes.toString(StandardCharsets.US_ASCII);
	}

	private static void skip(InputStream in, long count) throws IOException {
		for (long left = count; left > 0; left--) {
			if (in.read() == -1) {
				throw new IOException("connection closed");
			}
		}
	}

}
