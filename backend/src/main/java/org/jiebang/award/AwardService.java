package org.jiebang.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.audit.AuditService;
import org.jiebang.bid.BidQueries;
import org.jiebang.bid.BidService;
import org.jiebang.bid.BidStatus;
import org.jiebang.bid.BidView;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.search.SearchOutbox;
import org.jiebang.system.config.JiebangProperties;
import org.jiebang.system.persistence.Ids;
import org.jiebang.system.web.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Award proposals, their confirmation after the announcement (公示), no-award declarations (SPEC §4), and the
 * recommendation ranks that measure matching (SPEC §6). Each state change is a conditional update, so two
 * administrators acting at once leave exactly one outcome.
 */
@Service
public class AwardService {

	private final ChallengeService challenges;

	private final BidQueries bidQueries;

	private final BidService bids;

	private final EvaluationLoader loader;

	private final AwardStore awards;

	private final AwardNotices notices;

	private final AuditService audit;

	private final ObjectProvider<AwardConfirmedListener> listeners;

	private final Duration publicityPeriod;

	private final SearchOutbox outbox;

	private final Clock clock;

	AwardService(ChallengeService challenges, BidQueries bidQueries, BidService bids, EvaluationLoader loader,
			AwardStore awards, AwardNotices notices, AuditService audit,
			ObjectProvider<AwardConfirmedListener> listeners, SearchOutbox outbox, JiebangProperties properties,
			Clock clock) {
		this.challenges = challenges;
		this.bidQueries = bidQueries;
		this.bids = bids;
		this.loader = loader;
		this.awards = awards;
		this.notices = notices;
		this.audit = audit;
		this.listeners = listeners;
		this.outbox = outbox;
		this.publicityPeriod = properties.award().publicityPeriod();
		this.clock = clock;
	}

	/** Proposes the award to one bid once evaluation is complete, and opens the announcement period. */
	@Transactional
	public Mono<AwardView> propose(Actor actor, UUID challengeId, ProposeAwardRequest request) {
		actor.requireAdmin();
		return this.loader.load(challengeId).flatMap(state -> {
			if (state.challenge().status() != ChallengeStatus.CLOSED) {
				return Mono.error(AwardProblems.challengeState(challengeId, state.challenge().status(), "propose an award for"));
			}
			BidView bid = state.bid(request.bidId())
				.orElseThrow(() -> Problems.invalid("bidId", "Unknown", "award.validation.bid-unknown"));
			if (!state.blockers().isEmpty()) {
				return Mono.error(AwardProblems.evaluationIncomplete(challengeId, state.blockers()));
			}
			if (bid.status() == BidStatus.NOT_SELECTED) {
				return Mono.error(AwardProblems.notShortlisted(bid.id()));
			}
			Instant now = this.clock.instant();
			Award award = new Award(Ids.newId(), challengeId, AwardStatus.PROPOSED, bid.id(), state.challenge().title(),
					bid.lab().id(), bid.lab().name(), bid.lab().organizationId(), bid.lab().organizationName(),
					bid.quotedAmount(), request.rationale().strip(), state.summary(bid.id()), actor.userId(), now,
					now.plus(this.publicityPeriod), 0, null, null, null, false, null);
			return this.challenges
				.advance(actor, challengeId, ChallengeStatus.CLOSED, ChallengeStatus.AWARD_PROPOSED,
						"CHALLENGE_AWARD_PROPOSED", Map.of("awardId", award.id().toString()))
				.then(this.awards.insert(award))
				.then(this.audit.record(actor, "AWARD_PROPOSED", "award", award.id(), Map.of(),
						Map.of("challengeId", challengeId.toString(), "bidId", bid.id().toString(), "lab",
								bid.lab().name(), "amount", bid.quotedAmount(), "rationale", award.rationale(),
								"publicityEndsAt", award.publicityEndsAt().toString())))
				.then(this.notices.proposed(award))
				.thenReturn(AwardView.of(award));
		});
	}

	/** Declares a challenge in evaluation unawarded, with a reason; every opened bid is not selected. */
	@Transactional
	public Mono<AwardView> unaward(Actor actor, UUID challengeId, UnawardRequest request) {
		actor.requireAdmin();
		return this.loader.load(challengeId).flatMap(state -> {
			if (state.challenge().status() != ChallengeStatus.CLOSED) {
				return Mono.error(AwardProblems.challengeState(challengeId, state.challenge().status(), "declare unawarded"));
			}
			Award award = new Award(Ids.newId(), challengeId, AwardStatus.UNAWARDED, null, state.challenge().title(), null,
					null, null, null, null, request.reason().strip(), null, actor.userId(), this.clock.instant(), null, 0,
					null, null, null, false, null);
			return this.challenges
				.advance(actor, challengeId, ChallengeStatus.CLOSED, ChallengeStatus.UNAWARDED, "CHALLENGE_UNAWARDED",
						Map.of("reason", award.rationale()))
				.then(this.awards.insert(award))
				.then(Flux.fromIterable(state.bids())
					.filter(b -> b.status() != BidStatus.NOT_SELECTED)
					.concatMap(b -> this.bids.setOutcome(actor, b.id(), BidStatus.NOT_SELECTED))
					.then())
				.then(this.audit.record(actor, "AWARD_UNAWARDED", "award", award.id(), Map.of(),
						Map.of("challengeId", challengeId.toString(), "reason", award.rationale())))
				.then(this.notices.unawarded(award))
				.thenReturn(AwardView.of(award));
		});
	}

	/**
	 * Confirms the proposed award of a challenge once its announcement period has ended with no objection
	 * pending or upheld: the challenge and the winning bid become AWARDED, the other bids NOT_SELECTED.
	 */
	@Transactional
	public Mono<AwardView> confirm(Actor actor, UUID challengeId) {
		actor.requireAdmin();
		Instant now = this.clock.instant();
		return this.challenges.facts(challengeId)
			.then(this.awards.proposedFor(challengeId))
			.switchIfEmpty(Mono.error(AwardProblems.noProposedAward(challengeId)))
			.flatMap(award -> {
				if (now.isBefore(award.publicityEndsAt())) {
					return Mono.error(AwardProblems.publicityRunning(award.id(), award.publicityEndsAt()));
				}
				if (award.pendingObjections() > 0) {
					return Mono.error(AwardProblems.objectionsPending(award.id(), award.pendingObjections()));
				}
				return this.awards.confirm(award.id(), actor.userId(), now)
					.flatMap(done -> done ? confirmed(actor, award, now) : refused(award, challengeId));
			});
	}

	private Mono<AwardView> confirmed(Actor actor, Award award, Instant now) {
		UUID challengeId = award.challengeId();
		AwardConfirmation confirmation = new AwardConfirmation(award.id(), challengeId, award.bidId(), award.labId(),
				award.organizationId(), award.amount(), now);
		return this.challenges
			.advance(actor, challengeId, ChallengeStatus.AWARD_PROPOSED, ChallengeStatus.AWARDED, "CHALLENGE_AWARDED",
					Map.of("awardId", award.id().toString()))
			.then(this.bidQueries.openedBids(challengeId))
			.flatMapMany(Flux::fromIterable)
			.concatMap(b -> {
				BidStatus outcome = b.id().equals(award.bidId()) ? BidStatus.AWARDED : BidStatus.NOT_SELECTED;
				return b.status() == outcome ? Mono.<Void>empty() : this.bids.setOutcome(actor, b.id(), outcome);
			})
			// The winner's track record (awards) is part of its matching document.
			.then(this.outbox.changed(SearchOutbox.EntityType.LAB, award.labId()))
			.then(this.awards.rankOf(challengeId, award.labId()))
			.flatMap(rank -> this.awards.winnerRank(award.id(), rank.recorded(), rank.rank())
				.then(this.audit.record(actor, "AWARD_CONFIRMED", "award", award.id(), Map.of("status", AwardStatus.PROPOSED),
						Map.of("status", AwardStatus.CONFIRMED, "challengeId", challengeId.toString(), "winnerRank",
								rank.rank() == null ? "none" : rank.rank()))))
			.then(Flux.fromStream(this.listeners.orderedStream()).concatMap(l -> l.awardConfirmed(confirmation)).then())
			.then(this.notices.confirmed(award))
			.then(this.awards.find(award.id()))
			.map(AwardView::of);
	}

	/** Why a conditional confirmation did not happen: an objection came in, or someone else was first. */
	private Mono<AwardView> refused(Award award, UUID challengeId) {
		return this.awards.find(award.id())
			.flatMap(now -> Mono.<AwardView>error(now.status() == AwardStatus.PROPOSED && now.pendingObjections() > 0
					? AwardProblems.objectionsPending(award.id(), now.pendingObjections())
					: AwardProblems.noProposedAward(challengeId)));
	}

	/**
	 * Records the labs recommended for a challenge at its close with their ranks (1 = best), replacing any
	 * earlier record, in the caller's transaction; the search feature calls this when bidding closes.
	 */
	public Mono<Void> recordRecommendationRanks(UUID challengeId, Map<UUID, Integer> ranks) {
		for (Map.Entry<UUID, Integer> entry : ranks.entrySet()) {
			if (entry.getKey() == null || entry.getValue() == null || entry.getValue() < 1) {
				return Mono.error(new IllegalArgumentException("Ranks are 1-based, for labs: " + entry));
			}
		}
		return this.awards.recordRanks(challengeId, Map.copyOf(ranks), this.clock.instant());
	}

	/** The share of confirmed awards won by a lab ranked in the top 10 of the recommendations at close. */
	public Mono<MatchingEffectiveness> matchingEffectiveness() {
		return this.awards.topTenCounts().map(counts -> new MatchingEffectiveness(counts[0], counts[1],
				counts[0] == 0 ? null
						: BigDecimal.valueOf(counts[1]).divide(BigDecimal.valueOf(counts[0]), 4, RoundingMode.HALF_UP)));
	}

}
