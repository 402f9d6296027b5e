package org.jiebang.attachment;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.Role;
import org.jiebang.bid.BidFileAccess;
import org.jiebang.bid.BidQueries;
import org.jiebang.bid.BidService;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.system.web.ProblemException;
import org.jiebang.system.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A bid's files are sealed exactly like the bid ({@link BidQueries#fileAccess}); only its lab changes them,
 * before the deadline, and each change renews the bid's commitment in the same transaction.
 */
@Component
class BidFileOwnerAccess implements AttachmentOwnerAccess {

	private final BidQueries queries;

	private final BidService bids;

	private final ChallengeService challenges;

	private final Clock clock;

	BidFileOwnerAccess(BidQueries queries, BidService bids, ChallengeService challenges, Clock clock) {
		this.queries = queries;
		this.bids = bids;
		this.challenges = challenges;
		this.clock = clock;
	}

	@Override
	public OwnerType ownerType() {
		return OwnerType.BID;
	}

	@Override
	public Mono<OwnerGrant> read(Actor actor, UUID bidId) {
		return Mono.defer(() -> this.queries.fileAccess(actor, bidId, this.clock.instant())).map(BidFileOwnerAccess::grant);
	}

	@Override
	public Mono<OwnerGrant> write(Actor actor, UUID bidId) {
		Instant now = this.clock.instant();
		return Mono.defer(() -> this.queries.fileAccess(actor, bidId, now)).flatMap(access -> {
			if (access.write()) {
				return Mono.just(grant(access));
			}
			if (!actor.is(Role.LAB) || !access.labId().equals(actor.labId())) {
				return Mono.error(Problems.forbidden());
			}
			return this.challenges.facts(access.challengeId())
				.flatMap(challenge -> Mono.error(challenge.acceptsBidsAt(now) ? AttachmentProblems.ownerLocked()
						: new ProblemException(HttpStatus.CONFLICT, "/problems/bid-window-closed",
								"problem.bid-window-closed")
							.with("challengeId", challenge.id().toString())));
		});
	}

	@Override
	public Mono<Void> filesChanged(Actor actor, UUID bidId) {
		return this.bids.filesChanged(actor, bidId);
	}

	private static OwnerGrant grant(BidFileAccess access) {
		return new OwnerGrant(access.bidId(), access.challengeId(), true);
	}

}
