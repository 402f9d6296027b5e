package org.jiebang.bid;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.CreditCodes;
import org.jiebang.account.OrganizationService;
import org.jiebang.account.Role;
import org.jiebang.audit.AuditService;
import org.jiebang.challenge.ChallengeFacts;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.lab.LabProfileView;
import org.jiebang.lab.LabService;
import org.jiebang.notify.NotificationKind;
import org.jiebang.notify.Notifier;
import org.jiebang.system.persistence.Ids;
import org.jiebang.system.web.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lab's bid from draft to submission or withdrawal (SPEC §3). Every check that depends on the deadline
 * is repeated inside the conditional update, so the database has the last word.
 */
@Service
public class BidService {

	private final BidStore store;

	private final BidViews views;

	private final ChallengeService challenges;

	private final OrganizationService organizations;

	private final LabService labs;

	private final AuditService audit;

	private final ObjectProvider<BidFileDigests> files;

	private final Clock clock;

	private final Notifier notifier;

	BidService(BidStore store, BidViews views, ChallengeService challenges, OrganizationService organizations,
			LabService labs, AuditService audit, ObjectProvider<BidFileDigests> files, Clock clock,
			Notifier notifier) {
		this.notifier = notifier;
		this.store = store;
		this.views = views;
		this.challenges = challenges;
		this.organizations = organizations;
		this.labs = labs;
		this.audit = audit;
		this.files = files;
		this.clock = clock;
	}

	/** Starts the lab's one bid on an open challenge of another organization. */
	@Transactional
	public Mono<BidView> create(Actor actor, UUID challengeId, BidRequest request) {
		actor.requireRole(Role.LAB);
		Instant now = this.clock.instant();
		return publicChallenge(challengeId).flatMap(challenge -> {
			if (actor.memberOf(challenge.organizationId())) {
				return Mono.error(BidProblems.ownChallenge());
			}
			if (!challenge.acceptsBidsAt(now)) {
				return Mono.error(BidProblems.windowClosed(challengeId));
			}
			return this.store.findByChallengeAndLab(challengeId, actor.labId())
				.flatMap(existing -> Mono.<Bid>error(BidProblems.exists(existing.id())))
				.then(checkDraft(actor, request, challenge))
				.then(Mono.defer(() -> insertDraft(actor, challenge, request, now)));
		});
	}

	private Mono<BidView> insertDraft(Actor actor, ChallengeFacts challenge, BidRequest request, Instant now) {
		Bid empty = new Bid(Ids.newId(), challenge.id(), actor.labId(), actor.organizationId(), actor.userId(),
				BidStatus.DRAFT, null, null, null, null, BidLists.Team.of(null), BidLists.Partners.of(null),
				BidLists.Plan.of(null), null, false, null, null, null, now, now, null);
		Bid draft = empty.withContent(normalized(request), BidStatus.DRAFT, now);
		return this.store.insert(draft)
			.onErrorMap(DuplicateKeyException.class, ex -> BidProblems.exists(draft.id()))
			.flatMap(saved -> this.audit
				.recordSealed(actor, "BID_CREATED", "bid", saved.id(), Map.of(), Map.of("status", BidStatus.DRAFT),
						challenge.id())
				.then(this.views.view(saved, challenge, true)));
	}

	/**
	 * Edits the lab's bid before the deadline. A submitted bid stays submitted: the edit is checked in full
	 * and recommitted, with a new receipt.
	 */
	@Transactional
	public Mono<BidView> update(Actor actor, UUID bidId, BidRequest request) {
		actor.requireRole(Role.LAB);
		if (request.version() == null) {
			return Mono.error(Problems.invalid("version", "NotNull", "validation.required"));
		}
		Instant now = this.clock.instant();
		return ownBid(actor, bidId).flatMap(bid -> this.challenges.facts(bid.challengeId()).flatMap(challenge -> {
			if (!challenge.acceptsBidsAt(now)) {
				return Mono.error(BidProblems.windowClosed(challenge.id()));
			}
			if (!request.version().equals(bid.version())) {
				return Mono.error(Problems.staleVersion("bid", bidId));
			}
			boolean submitted = bid.status() == BidStatus.SUBMITTED;
			BidStatus next = submitted ? BidStatus.SUBMITTED : BidStatus.DRAFT;
			Bid edited = bid.withContent(normalized(request), next, now);
			Mono<Void> submittable = submitted ? Mono.fromRunnable(() -> BidValidator.checkSubmittable(edited, challenge))
				.then(checkEligible(edited, challenge)) : Mono.empty();
			return checkDraft(actor, request, challenge)
				.then(submittable)
				.then(this.store.update(edited))
				.flatMap(saved -> submitted ? commit(actor, saved, challenge, now, "BID_AMENDED")
						: this.audit
							.recordSealed(actor, "BID_UPDATED", "bid", bidId, Map.of("status", bid.status()),
									Map.of("status", next), challenge.id())
							.then(this.views.view(saved, challenge, true)));
		}));
	}

	/** Submits (or reconfirms) the lab's bid: complete, eligible, verified, and before the deadline. */
	@Transactional
	public Mono<BidView> submit(Actor actor, UUID bidId) {
		actor.requireRole(Role.LAB);
		Instant now = this.clock.instant();
		return ownBid(actor, bidId).flatMap(bid -> this.challenges.facts(bid.challengeId()).flatMap(challenge -> {
			if (!challenge.acceptsBidsAt(now)) {
				return Mono.error(BidProblems.windowClosed(challenge.id()));
			}
			if (bid.status() != BidStatus.DRAFT && bid.status() != BidStatus.SUBMITTED
					&& bid.status() != BidStatus.WITHDRAWN) {
				return Mono.error(BidProblems.invalidState(bidId, bid.status(), "submit"));
			}
			BidValidator.checkSubmittable(bid, challenge);
			return checkEligible(bid, challenge)
				.then(commit(actor, bid, challenge, now, bid.status() == BidStatus.SUBMITTED ? "BID_RECONFIRMED"
						: "BID_SUBMITTED"));
		}));
	}

	/** Records the commitment of the stored content; counts the bid when it was not submitted before. */
	private Mono<BidView> commit(Actor actor, Bid bid, ChallengeFacts challenge, Instant now, String action) {
		return digests(bid.id()).flatMap(digests -> {
			String commitment = BidCommitment.compute(bid.committed(digests));
			return this.store.submit(bid.id(), bid.status(), bid.version(), commitment, now).flatMap(done -> {
				if (!done) {
					return Mono.error(this.clock.instant().isBefore(challenge.bidDeadline())
							? Problems.staleVersion("bid", bid.id()) : BidProblems.windowClosed(challenge.id()));
				}
				Mono<Void> count = bid.status() == BidStatus.SUBMITTED ? Mono.empty()
						: this.challenges.addToBidCount(challenge.id(), 1)
							.then(this.notifier.firm(challenge.organizationId(), NotificationKind.NEW_BID,
									Map.of("title", challenge.title()), "/challenges/" + challenge.id()));
				return count
					.then(this.audit.recordSealed(actor, action, "bid", bid.id(), Map.of("status", bid.status()),
							Map.of("status", BidStatus.SUBMITTED, "commitment", commitment), challenge.id()))
					.then(this.store.find(bid.id()))
					.flatMap(saved -> this.views.view(saved, challenge, true));
			});
		});
	}

	/**
	 * Records a new commitment after the files of a submitted bid changed (in the file change's
	 * transaction); a draft needs nothing until it is submitted.
	 */
	public Mono<Void> filesChanged(Actor actor, UUID bidId) {
		Instant now = this.clock.instant();
		return ownBid(actor, bidId).flatMap(bid -> bid.status() != BidStatus.SUBMITTED ? Mono.empty()
				: this.challenges.facts(bid.challengeId())
					.flatMap(challenge -> commit(actor, bid, challenge, now, "BID_FILES_CHANGED"))
					.then());
	}

	/**
	 * Records the evaluation outcome of an opened bid (SHORTLISTED, NOT_SELECTED, AWARDED, or back to
	 * SUBMITTED when an award is withdrawn), in the caller's transaction, with its audit entry.
	 */
	public Mono<Void> setOutcome(Actor actor, UUID bidId, BidStatus outcome) {
		if (outcome == BidStatus.DRAFT || outcome == BidStatus.WITHDRAWN) {
			return Mono.error(new IllegalArgumentException("Not an evaluation outcome: " + outcome));
		}
		return this.store.find(bidId)
			.switchIfEmpty(Mono.error(BidProblems.notFound(bidId)))
			.flatMap(bid -> this.store.setOutcome(bidId, outcome, this.clock.instant())
				.flatMap(done -> !done ? Mono.error(BidProblems.invalidState(bidId, bid.status(), "evaluate"))
						: this.audit.record(actor, "BID_" + outcome.name(), "bid", bidId, Map.of("status", bid.status()),
								Map.of("status", outcome, "challengeId", bid.challengeId().toString()))));
	}

	/** Withdraws the lab's bid before the deadline. */
	@Transactional
	public Mono<BidView> withdraw(Actor actor, UUID bidId) {
		actor.requireRole(Role.LAB);
		Instant now = this.clock.instant();
		return ownBid(actor, bidId).flatMap(bid -> this.challenges.facts(bid.challengeId()).flatMap(challenge -> {
			if (!challenge.acceptsBidsAt(now)) {
				return Mono.error(BidProblems.windowClosed(challenge.id()));
			}
			if (bid.status() != BidStatus.DRAFT && bid.status() != BidStatus.SUBMITTED) {
				return Mono.error(BidProblems.invalidState(bidId, bid.status(), "withdraw"));
			}
			return this.store.withdraw(bidId, bid.status(), now).flatMap(done -> {
				if (!done) {
					return Mono.error(BidProblems.windowClosed(challenge.id()));
				}
				Mono<Void> count = bid.status() == BidStatus.SUBMITTED
						? this.challenges.addToBidCount(challenge.id(), -1) : Mono.empty();
				return count
					.then(this.audit.recordSealed(actor, "BID_WITHDRAWN", "bid", bidId, Map.of("status", bid.status()),
							Map.of("status", BidStatus.WITHDRAWN), challenge.id()))
					.then(this.store.find(bidId))
					.flatMap(saved -> this.views.view(saved, challenge, true));
			});
		}));
	}

	private Mono<Void> checkDraft(Actor actor, BidRequest request, ChallengeFacts challenge) {
		return Mono.zip(this.organizations.require(challenge.organizationId()),
				this.organizations.require(actor.organizationId()))
			.doOnNext(orgs -> BidValidator.checkDraft(request, challenge, orgs.getT1().creditCode(),
					orgs.getT2().creditCode()))
			.then();
	}

	private Mono<Void> checkEligible(Bid bid, ChallengeFacts challenge) {
		return this.labs.findProfile(bid.labId()).flatMap(lab -> eligibility(lab, challenge));
	}

	private static Mono<Void> eligibility(LabProfileView lab, ChallengeFacts challenge) {
		if (!lab.organization().verified()) {
			return Mono.error(BidProblems.organizationUnverified());
		}
		List<String> types = challenge.eligibleOrgTypes();
		if (!types.isEmpty() && !types.contains(lab.organization().type().name())) {
			return Mono.error(BidProblems.notEligible("problem.not-eligible-type", lab.organization().type()));
		}
		List<String> regions = challenge.eligibleRegions();
		if (!regions.isEmpty() && !regions.contains(lab.province())) {
			return Mono.error(BidProblems.notEligible("problem.not-eligible-region", lab.province()));
		}
		return Mono.empty();
	}

	private Mono<List<String>> digests(UUID bidId) {
		BidFileDigests source = this.files.getIfAvailable();
		return source == null ? Mono.just(List.of()) : source.digests(bidId);
	}

	private Mono<ChallengeFacts> publicChallenge(UUID challengeId) {
		return this.challenges.facts(challengeId)
			.filter(c -> ChallengeStatus.PUBLIC.contains(c.status()))
			.switchIfEmpty(Mono.error(Problems.notFound("challenge", challengeId)));
	}

	/** The lab's own bid; anybody else's is 404, whatever its state. */
	private Mono<Bid> ownBid(Actor actor, UUID bidId) {
		return this.store.find(bidId)
			.filter(bid -> bid.labId().equals(actor.labId()))
			.switchIfEmpty(Mono.error(BidProblems.notFound(bidId)));
	}

	private static BidRequest normalized(BidRequest r) {
		List<Partner> partners = r.partners() == null ? null
				: r.partners()
					.stream()
					.map(p -> new Partner(p.name().strip(), CreditCodes.normalize(p.creditCode()), p.role().strip()))
					.toList();
		return new BidRequest(r.summary(), r.technicalApproach(), r.quotedAmount(), r.deliveryMonths(), r.team(),
				partners, r.milestonePlan(), r.conflictDeclaration(), r.conflictAffirmed(), r.version());
	}

}
