package org.jiebang.attachment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Reply;

import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Multipart uploads and file contents for the attachment suites. */
public final class Uploads {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private Uploads() {
	}

	/** Uploads the bytes as the one {@code file} part, as a browser's form does. */
	public static Reply upload(Session session, String uri, String filename, byte[] content) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", content).filename(filename).contentType(MediaType.APPLICATION_OCTET_STREAM);
		WebTestClient.RequestHeadersSpec<?> spec = session.post(uri)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()));
		return Reply.of("POST", uri, spec);
	}

	/** Sends a multipart body without a {@code file} part. */
	public static Reply uploadWithoutFile(Session session, String uri) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("note", "no file here");
		WebTestClient.RequestHeadersSpec<?> spec = session.post(uri)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()));
		return Reply.of("POST", uri, spec);
	}

	public static Reply delete(Session session, String uri) {
		return Reply.of("DELETE", uri, session.delete(uri));
	}

	/** A minimal PDF-looking file of the given size: header, padding, end marker; the marker varies it. */
	public static byte[] pdf(int size, String marker) {
		byte[] head = ("%PDF-1.7\n% " + marker + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
		byte[] pdf = new byte[Math.max(size, head.length + tail.length)];
		Arrays.fill(pdf, (byte) ' ');
		for (int i = head.length; i < pdf.length - tail.length; i += 64) {
			pdf[i] = '\n';
		}
		System.arraycopy(head, 0, pdf, 0, head.length);
		System.arraycopy(tail, 0, pdf, pdf.length - tail.length, tail.length);
		return pdf;
	}

	/** Bytes that start like a PNG image. */
	public static byte[] png(int size) {
		byte[] png = new byte[size];
		Arrays.fill(png, (byte) 7);
		System.arraycopy(PNG_SIGNATURE, 0, png, 0, PNG_SIGNATURE.length);
		return png;
	}

	/** Bytes that start like a ZIP archive, as OOXML documents do. */
	public static byte[] zip(int size) {
		byte[] zip = new byte[size];
		zip[0] = 'P';
		zip[1] = 'K';
		zip[2] = 3;
		zip[3] = 4;
		return zip;
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
