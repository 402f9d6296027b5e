package org.jiebang.seed;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jiebang.bid.PlannedMilestone;

/**
 * A seeded bid, for the late states that refer to it.
 *
 * @param id the bid
 * @param labKey the seed key of its lab
 * @param labId its lab
 * @param organizationId the lab's organization
 * @param quotedAmount the quote
 * @param plan the milestone plan
 */
record SeedBid(UUID id, String labKey, UUID labId, UUID organizationId, BigDecimal quotedAmount,
		List<PlannedMilestone> plan) {
}
