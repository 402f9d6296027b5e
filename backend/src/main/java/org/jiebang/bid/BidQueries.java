package org.jiebang.bid;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.Role;
import org.jiebang.challenge.ChallengeFacts;
import org.jiebang.challenge.ChallengeService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Reading bids under the seal of SPEC §3: before the close a bid reaches its own lab only; after it, also
 * the challenge's firm and the administrators. Anyone else learns nothing, not even that the bid exists.
 */
@Service
public class BidQueries {

	private final BidStore store;

	private final BidViews views;

	private final ChallengeService challenges;

	private final ObjectProvider<BidFileDigests> files;

	BidQueries(BidStore store, BidViews views, ChallengeService challenges, ObjectProvider<BidFileDigests> files) {
		this.store = store;
		this.views = views;
		this.challenges = challenges;
		this.files = files;
	}

	/** How a viewer stands to a bid. */
	enum Access {

		OWN_LAB, OPENED, SEALED, NONE

	}

	static Access access(Actor actor, Bid bid, ChallengeFacts challenge) {
		if (actor.is(Role.LAB) && bid.labId().equals(actor.labId())) {
			return Access.OWN_LAB;
		}
		boolean firm = actor.is(Role.FIRM) && actor.memberOf(challenge.organizationId());
		if (!firm && !actor.isAdmin()) {
			return Access.NONE;
		}
		return challenge.bidsSealed() ? Access.SEALED : Access.OPENED;
	}

	public Mono<BidView> get(Actor actor, UUID bidId) {
		actor.requireAuthenticated();
		return readable(actor, bidId).flatMap(r -> this.views.view(r.bid(), r.challenge(), r.access() == Access.OWN_LAB));
	}

	/** The lab's receipt: the commitment recorded at submission. */
	public Mono<ReceiptView> receipt(Actor actor, UUID bidId) {
		actor.requireAuthenticated();
		return readable(actor, bidId).flatMap(r -> r.bid().commitment() == null
				? Mono.error(BidProblems.invalidState(bidId, r.bid().status(), "receipt"))
				: Mono.just(new ReceiptView(bidId, r.bid().challengeId(), "SHA-256", r.bid().commitment(),
						r.bid().submittedAt())));
	}

	/** After the close: recomputes the commitment from the stored content and compares it with the receipt. */
	public Mono<VerificationView> verify(Actor actor, UUID bidId) {
		actor.requireAuthenticated();
		return readable(actor, bidId).flatMap(r -> {
			if (r.challenge().bidsSealed()) {
				return Mono.error(BidProblems.notOpenedYet(r.challenge().id()));
			}
			if (r.bid().commitment() == null) {
				return Mono.error(BidProblems.invalidState(bidId, r.bid().status(), "verify"));
			}
			BidFileDigests source = this.files.getIfAvailable();
			Mono<List<String>> digests = source == null ? Mono.just(List.of()) : source.rehash(bidId);
			return digests.map(d -> {
				String recomputed = BidCommitment.compute(r.bid().committed(d));
				return new VerificationView(bidId, r.bid().commitment(), recomputed,
						recomputed.equals(r.bid().commitment()));
			});
		});
	}

	/** The opened bids of a closed challenge, for its firm and administrators; before the close, 403 for all. */
	public Mono<List<BidView>> forChallenge(Actor actor, UUID challengeId) {
		actor.requireAuthenticated();
		return this.challenges.view(actor, challengeId).then(this.challenges.facts(challengeId)).flatMap(challenge -> {
			if (challenge.bidsSealed()) {
				return Mono.error(BidProblems.sealed(challengeId));
			}
			boolean firm = actor.is(Role.FIRM) && actor.memberOf(challenge.organizationId());
			if (!firm && !actor.isAdmin()) {
				return Mono.error(org.jiebang.system.web.Problems.forbidden());
			}
			return this.store.opened(challengeId).concatMap(bid -> this.views.view(bid, challenge, false)).collectList();
		});
	}

	/** The lab's own bids on every challenge. */
	public Mono<List<BidView>> mine(Actor actor) {
		actor.requireRole(Role.LAB);
		return this.store.byLab(actor.labId())
			.concatMap(bid -> this.challenges.facts(bid.challengeId()).flatMap(c -> this.views.view(bid, c, true)))
			.collectList();
	}

	/**
	 * How a viewer stands to a bid's files; anyone who may not read the bid gets 404 (or 403 while sealed
	 * for the firm and administrators), exactly as for the bid itself.
	 */
	public Mono<BidFileAccess> fileAccess(Actor actor, UUID bidId, java.time.Instant now) {
		actor.requireAuthenticated();
		return readable(actor, bidId).map(r -> {
			boolean write = r.access() == Access.OWN_LAB && r.challenge().acceptsBidsAt(now)
					&& (r.bid().status() == BidStatus.DRAFT || r.bid().status() == BidStatus.SUBMITTED);
			return new BidFileAccess(bidId, r.challenge().id(), r.bid().labId(), true, write);
		});
	}

	/**
	 * The opened bids of a challenge without an access check, for evaluation and award, which check their
	 * own rules; empty while the bids are sealed.
	 */
	public Mono<List<BidView>> openedBids(UUID challengeId) {
		return this.challenges.facts(challengeId)
			.flatMap(challenge -> challenge.bidsSealed() ? Mono.just(List.<BidView>of())
					: this.store.opened(challengeId).concatMap(bid -> this.views.view(bid, challenge, false)).collectList());
	}

	/** The labs with a submitted bid on a challenge (no access check: for notifications). */
	public Mono<List<UUID>> bidderLabs(UUID challengeId) {
		return this.store.opened(challengeId).map(Bid::labId).distinct().collectList();
	}

	/** A bid with its challenge and the viewer's access. */
	private record Readable(Bid bid, ChallengeFacts challenge, Access access) {
	}

	private Mono<Readable> readable(Actor actor, UUID bidId) {
		return this.store.find(bidId)
			.switchIfEmpty(Mono.error(BidProblems.notFound(bidId)))
			.flatMap(bid -> this.challenges.facts(bid.challengeId()).flatMap(challenge -> {
				Access access = access(actor, bid, challenge);
				return switch (access) {
					case NONE -> Mono.error(BidProblems.notFound(bidId));
					case SEALED -> Mono.error(BidProblems.sealed(challenge.id()));
					case OWN_LAB, OPENED -> access == Access.OPENED
							&& (bid.status() == BidStatus.DRAFT || bid.status() == BidStatus.WITHDRAWN)
									? Mono.error(BidProblems.notFound(bidId))
									: Mono.just(new Readable(bid, challenge, access));
				};
			}));
	}

}
