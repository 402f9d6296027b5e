package org.jiebang.attachment;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Signature Version 4 against the example of the Amazon S3 documentation ("GET Object"). */
class SigV4Tests {

	private final SigV4 signer = new SigV4("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
			"us-east-1", "s3");

	@Test
	void signsTheDocumentedGetObjectExample() {
		SortedMap<String, String> headers = new TreeMap<>();
		headers.put("host", "examplebucket.s3.amazonaws.com");
		headers.put("range", "bytes=0-9");
		headers.put("x-amz-content-sha256", SigV4.EMPTY_SHA256);
		headers.put("x-amz-date", "20130524T000000Z");
		assertThat(this.signer.signature("GET", "/test.txt", null, headers, SigV4.EMPTY_SHA256, "20130524T000000Z"))
			.isEqualTo("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
	}

	@Test
	void headersCarryTheScopeAndTheSignedHeaderNames() {
		Map<String, String> headers = this.signer.sign("GET",
				URI.create("https://examplebucket.s3.amazonaws.com/test.txt"), Map.of("Range", "bytes=0-9"),
				SigV4.EMPTY_SHA256, Instant.parse("2013-05-24T00:00:00Z"));
		assertThat(headers.get("Authorization")).isEqualTo("AWS4-HMAC-SHA256 "
				+ "Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
				+ "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
				+ "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
		assertThat(headers).containsEntry("x-amz-date", "20130524T000000Z");
	}

	@Test
	void hostCarriesOnlyANonDefaultPort() {
		assertThat(SigV4.hostHeader(URI.create("http://127.0.0.1:9000/b/k"))).isEqualTo("127.0.0.1:9000");
		assertThat(SigV4.hostHeader(URI.create("https://s3.example.com/b/k"))).isEqualTo("s3.example.com");
		assertThat(SigV4.hostHeader(URI.create("http://s3.example.com:80/b/k"))).isEqualTo("s3.example.com");
	}

}
