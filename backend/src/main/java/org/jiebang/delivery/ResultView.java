package org.jiebang.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jiebang.challenge.ChallengeType;
import org.jiebang.challenge.IpTerms;

/**
 * A results summary (成果) on the public showcase, with the challenge's IP terms.
 *
 * @param id the results summary
 * @param challengeId the challenge
 * @param challengeTitle its title
 * @param title headline of the results
 * @param summary what was achieved
 * @param outcomes details
 * @param ipTerms who owns the results (成果归属)
 * @param industryChain the challenge's industry chain
 * @param challengeType the challenge's type
 * @param province the challenge's region
 * @param firm the firm that posed the challenge
 * @param lab the lab that delivered
 * @param amount the contracted amount
 * @param completedAt acceptance of the last milestone
 * @param publishedByRole FIRM or LAB
 * @param publishedAt first publication
 * @param updatedAt last change
 */
public record ResultView(UUID id, UUID challengeId, String challengeTitle, String title, String summary,
		String outcomes, IpTerms ipTerms, String industryChain, ChallengeType challengeType, String province,
		FirmRef firm, DeliveryView.LabRef lab, BigDecimal amount, Instant completedAt, String publishedByRole,
		Instant publishedAt, Instant updatedAt) {

	/**
	 * The firm of the challenge.
	 *
	 * @param id organization
	 * @param name its name
	 */
	public record FirmRef(UUID id, String name) {
	}

}
