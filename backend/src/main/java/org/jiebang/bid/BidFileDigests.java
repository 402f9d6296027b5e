package org.jiebang.bid;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

/** The SHA-256 digests of the files attached to a bid, which are part of its commitment (SPEC §2). */
public interface BidFileDigests {

	Mono<List<String>> digests(UUID bidId);

}
