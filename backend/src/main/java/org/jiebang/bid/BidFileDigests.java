package org.jiebang.bid;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

/** The SHA-256 digests of the files attached to a bid, which are part of its commitment (SPEC §2). */
public interface BidFileDigests {

	/** The digests recorded when the files were stored, for a new commitment. */
	Mono<List<String>> digests(UUID bidId);

	/** The digests recomputed from the stored bytes now, to verify a commitment after the close. */
	Mono<List<String>> rehash(UUID bidId);

}
