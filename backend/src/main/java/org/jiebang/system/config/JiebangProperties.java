package org.jiebang.system.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the application under the {@code jiebang} prefix.
 *
 * @param dataDir folder holding the embedded database, the search index and generated keys
 * @param seed loading of taxonomy and demo data into an empty database
 * @param security session tokens, cookies and login throttling
 * @param admin the configured administrator account, created or updated at start
 * @param challenge challenge lifecycle rules
 * @param award evaluation and announcement rules
 */
@ConfigurationProperties("jiebang")
public record JiebangProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Seed seed,
		@DefaultValue Security security, @DefaultValue Admin admin, @DefaultValue Challenge challenge,
		@DefaultValue Award award) {

	/**
	 * Seed data settings.
	 *
	 * @param enabled whether demo data is loaded into an empty database
	 * @param demo whether the demo organizations, labs and challenges are loaded (the taxonomy always is)
	 */
	public record Seed(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean demo) {
	}

	/**
	 * Authentication settings.
	 *
	 * @param tokenSecret HMAC key for session tokens (base64 or text, at least 32 bytes); a random key
	 * is persisted in the data folder when empty
	 * @param sessionTtl how long a session token stays valid
	 * @param cookieName name of the session cookie
	 * @param cookieSecure whether cookies carry the Secure attribute (behind HTTPS)
	 * @param loginMaxFailures failures allowed per account or address within the window
	 * @param loginWindow the login throttling window
	 */
	public record Security(String tokenSecret, @DefaultValue("P7D") Duration sessionTtl,
			@DefaultValue("JIEBANG_SESSION") String cookieName, @DefaultValue("false") boolean cookieSecure,
			@DefaultValue("5") int loginMaxFailures, @DefaultValue("PT15M") Duration loginWindow) {
	}

	/**
	 * The administrator created or updated at start when both values are set.
	 *
	 * @param username login name
	 * @param password password
	 */
	public record Admin(String username, String password) {
	}

	/**
	 * Challenge rules.
	 *
	 * @param minBiddingPeriod shortest time between submission and the bid deadline
	 * @param amendmentMinPeriod shortest time between a term-changing amendment and the bid deadline
	 * @param closeJobInterval how often the deadline job looks for challenges to close
	 */
	public record Challenge(@DefaultValue("P14D") Duration minBiddingPeriod,
			@DefaultValue("P7D") Duration amendmentMinPeriod, @DefaultValue("PT5S") Duration closeJobInterval) {
	}

	/**
	 * Award rules.
	 *
	 * @param panelThreshold bounty above which at least three reviewers are required
	 * @param nonConsensusStddev standard deviation of total scores above which a bid is flagged
	 * @param publicityPeriod length of the public announcement (公示)
	 */
	public record Award(@DefaultValue("1000000.00") BigDecimal panelThreshold,
			@DefaultValue("15") double nonConsensusStddev, @DefaultValue("P5D") Duration publicityPeriod) {
	}

}
