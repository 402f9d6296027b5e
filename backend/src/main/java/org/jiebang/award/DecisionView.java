package org.jiebang.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A recorded non-consensus decision.
 *
 * @param bidId the bid
 * @param adoptedScore the adopted total
 * @param reasoning why
 * @param decidedBy the administrator
 * @param decidedAt when
 * @param meanAtDecision the mean total it was decided on
 * @param stddevAtDecision the standard deviation it was decided on
 * @param current whether the scores are still those it was decided on
 */
public record DecisionView(UUID bidId, BigDecimal adoptedScore, String reasoning, UUID decidedBy, Instant decidedAt,
		BigDecimal meanAtDecision, BigDecimal stddevAtDecision, boolean current) {

	static DecisionView of(Decision d, boolean current) {
		return new DecisionView(d.bidId(), d.adoptedScore(), d.reasoning(), d.decidedBy(), d.decidedAt(), d.meanAt(),
				d.stddevAt(), current);
	}

}
