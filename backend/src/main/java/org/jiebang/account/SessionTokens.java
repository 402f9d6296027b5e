package org.jiebang.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jiebang.system.config.JiebangProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Issues and checks signed session tokens: a random session id and its HMAC-SHA256.
 *
 * <p>The key comes from {@code jiebang.security.token-secret}; without one, a random key is created once
 * in the data folder, so tokens survive restarts (instances that share sessions must share the secret).
 */
@Component
class SessionTokens {

	private static final Logger log = LoggerFactory.getLogger(SessionTokens.class);

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	private final byte[] key;

	SessionTokens(JiebangProperties properties) {
		this.key = loadKey(properties);
	}

	@Autowired
	SessionTokens(JiebangProperties properties, Environment environment) {
		this(properties);
		String database = environment.getProperty("spring.r2dbc.url", "");
		if (!StringUtils.hasText(properties.security().tokenSecret()) && !database.startsWith("r2dbc:h2")) {
			log.warn("No JIEBANG_TOKEN_SECRET is set: this instance signs sessions with its own key, so its sessions"
					+ " are not valid on other instances. Set the same secret on every instance.");
		}
	}

	/** A new session: its id (stored) and the token handed to the client. */
	record Issued(String sessionId, String token) {
	}

	Issued issue() {
		byte[] id = new byte[16];
		this.random.nextBytes(id);
		String token = ENCODER.encodeToString(id) + "." + ENCODER.encodeToString(sign(id));
		return new Issued(HexFormat.of().formatHex(id), token);
	}

	/** The session id of a token whose signature is valid, or empty for anything else. */
	Optional<String> verify(String token) {
		if (token == null || token.length() > 200) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0 || dot != token.lastIndexOf('.')) {
			return Optional.empty();
		}
		try {
			byte[] id = Base64.getUrlDecoder().decode(token.substring(0, dot));
			byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			// Only the canonical encoding is accepted: a decoder ignores the unused low bits of the last
			// character, so two spellings would otherwise verify.
			String canonical = ENCODER.encodeToString(id) + "." + ENCODER.encodeToString(signature);
			if (id.length != 16 || !canonical.equals(token) || !MessageDigest.isEqual(sign(id), signature)) {
				return Optional.empty();
			}
			return Optional.of(HexFormat.of().formatHex(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private byte[] sign(byte[] id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(id);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

	private byte[] loadKey(JiebangProperties properties) {
		String secret = properties.security().tokenSecret();
		if (StringUtils.hasText(secret)) {
			byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
			if (bytes.length < 32) {
				throw new IllegalStateException("jiebang.security.token-secret must be at least 32 bytes");
			}
			return bytes;
		}
		Path file = properties.dataDir().resolve("secrets").resolve("token.key");
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			byte[] generated = new byte[32];
			this.random.nextBytes(generated);
			Files.createDirectories(file.getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(generated));
			restrictPermissions(file);
			log.info("Created a session signing key at {}", file.toAbsolutePath());
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the session signing key " + file, ex);
		}
	}

	private static void restrictPermissions(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			log.debug("Cannot restrict permissions of {}", file, ex);
		}
	}

}
