package org.jiebang.account;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jiebang.system.config.JiebangProperties;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTokensTests {

	@TempDir
	Path dataDir;

	private JiebangProperties properties(String secret) {
		return new JiebangProperties(this.dataDir, new JiebangProperties.Seed(true, true),
				new JiebangProperties.Security(secret, java.time.Duration.ofDays(7), "JIEBANG_SESSION", false, 5,
						java.time.Duration.ofMinutes(15)),
				new JiebangProperties.Admin(null, null),
				new JiebangProperties.Challenge(java.time.Duration.ofDays(14), java.time.Duration.ofDays(7),
						java.time.Duration.ofSeconds(5)),
				new JiebangProperties.Award(java.math.BigDecimal.valueOf(1_000_000), 15, java.time.Duration.ofDays(5)));
	}

	@Test
	void issuedTokenVerifiesToItsSession() {
		SessionTokens tokens = new SessionTokens(properties(null));
		SessionTokens.Issued issued = tokens.issue();
		assertThat(tokens.verify(issued.token())).contains(issued.sessionId());
	}

	@Test
	void tamperedOrForeignTokensAreRefused() {
		SessionTokens tokens = new SessionTokens(properties("a-secret-of-more-than-thirty-two-bytes!"));
		String token = tokens.issue().token();
		String flipped = token.substring(0, 3) + (token.charAt(3) == 'A' ? 'B' : 'A') + token.substring(4);
		assertThat(tokens.verify(flipped)).isEmpty();
		assertThat(tokens.verify(token + "x")).isEmpty();
		char last = token.charAt(token.length() - 1);
		assertThat(tokens.verify(token.substring(0, token.length() - 1) + (char) (last + 1))).isEmpty();
		assertThat(tokens.verify("garbage")).isEmpty();
		SessionTokens other = new SessionTokens(properties("another-secret-of-more-than-thirty-two-bytes"));
		assertThat(other.verify(token)).isEmpty();
	}

	@Test
	void generatedKeySurvivesRestart() {
		String token = new SessionTokens(properties(null)).issue().token();
		assertThat(new SessionTokens(properties(null)).verify(token)).isPresent();
	}

}
