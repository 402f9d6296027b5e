package org.jiebang.award;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of shortlisting.
 *
 * @param challengeId the challenge
 * @param shortlisted bids now SHORTLISTED
 * @param notSelected bids now NOT_SELECTED
 */
public record ShortlistView(UUID challengeId, List<UUID> shortlisted, List<UUID> notSelected) {
}
