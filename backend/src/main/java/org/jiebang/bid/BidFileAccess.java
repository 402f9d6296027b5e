package org.jiebang.bid;

import java.util.UUID;

/**
 * What a viewer may do with the files of a bid, which are sealed exactly like the bid.
 *
 * @param bidId the bid
 * @param challengeId its challenge
 * @param labId the bidding lab
 * @param read may list and download the files
 * @param write may add or remove files (own lab, before the deadline, bid not withdrawn)
 */
public record BidFileAccess(UUID bidId, UUID challengeId, UUID labId, boolean read, boolean write) {
}
