package org.jiebang.award;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.Role;
import org.jiebang.bid.BidQueries;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;
import org.jiebang.system.web.Problems;

import org.springframework.stereotype.Service;

/** What the award leaves public (announcements) and what it shows each bidding lab of its own bid. */
@Service
public class AnnouncementQueries {

	/** Challenge states in which the evaluation is over and bidders may see their scores. */
	static final Set<ChallengeStatus> DECIDED = EnumSet.of(ChallengeStatus.AWARDED, ChallengeStatus.UNAWARDED,
			ChallengeStatus.IN_DELIVERY, ChallengeStatus.COMPLETED, ChallengeStatus.TERMINATED);

	private final AwardStore awards;

	private final BidQueries bids;

	private final EvaluationLoader loader;

	private final Clock clock;

	AnnouncementQueries(AwardStore awards, BidQueries bids, EvaluationLoader loader, Clock clock) {
		this.awards = awards;
		this.bids = bids;
		this.loader = loader;
		this.clock = clock;
	}

	/** Announcements, newest first, for everyone. */
	public Mono<PageView<AnnouncementView>> list(Paging paging) {
		return Mono
			.zip(this.awards.announcements(paging).map(a -> AnnouncementView.of(a, this.clock.instant())).collectList(),
					this.awards.countAnnouncements())
			.map(t -> paging.view(t.getT1(), t.getT2()));
	}

	public Mono<AnnouncementView> get(UUID awardId) {
		return this.awards.find(awardId)
			.filter(a -> a.status() != AwardStatus.UNAWARDED)
			.switchIfEmpty(Mono.error(Problems.notFound("announcement", awardId)))
			.map(a -> AnnouncementView.of(a, this.clock.instant()));
	}

	/** The bid's own lab's view of its evaluation, once the challenge is awarded or unawarded. */
	public Mono<BidEvaluationView> ownBid(Actor actor, UUID bidId) {
		actor.requireAuthenticated();
		if (!actor.is(Role.LAB)) {
			return Mono.error(Problems.notFound("bid", bidId));
		}
		return this.bids.get(actor, bidId)
			.filter(bid -> bid.lab().id().equals(actor.labId()))
			.switchIfEmpty(Mono.error(Problems.notFound("bid", bidId)))
			.flatMap(bid -> this.loader.load(bid.challenge().id()).flatMap(state -> {
				if (!DECIDED.contains(state.challenge().status())) {
					return Mono.error(AwardProblems.evaluationNotPublished(bidId));
				}
				List<BidEvaluationView.Review> reviews = new ArrayList<>();
				List<Assignment> panel = state.activeReviewers();
				for (Score s : state.countedScores(bidId)) {
					int index = panel.stream().map(Assignment::reviewerId).toList().indexOf(s.reviewerId());
					reviews.add(new BidEvaluationView.Review(letter(index), s.technicalMerit(), s.feasibility(),
							s.teamCapability(), s.costReasonableness(), s.total()));
				}
				return Mono.just(new BidEvaluationView(bidId, ChallengeRef.of(state.challenge()),
						state.bid(bidId).map(b -> b.status()).orElse(bid.status()), state.rubric(), reviews,
						state.summary(bidId)));
			}));
	}

	/** A, B, … Z, then R27, R28 … for very large panels. */
	static String letter(int index) {
		return index < 26 ? String.valueOf((char) ('A' + index)) : "R" + (index + 1);
	}

}
