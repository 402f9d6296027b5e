package org.jiebang.award;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The firm's advisory preference order.
 *
 * @param challengeId the challenge
 * @param bidIds bids, most preferred first (empty when none was given)
 * @param setAt when it was given
 */
public record PreferenceView(UUID challengeId, List<UUID> bidIds, Instant setAt) {

	static PreferenceView of(Preference p) {
		return new PreferenceView(p.challengeId(), p.bidIds(), p.setAt());
	}

}
