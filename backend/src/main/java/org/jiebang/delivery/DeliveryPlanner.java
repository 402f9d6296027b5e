package org.jiebang.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.audit.AuditService;
import org.jiebang.award.AwardConfirmation;
import org.jiebang.award.AwardConfirmedListener;
import org.jiebang.bid.BidQueries;
import org.jiebang.bid.BidView;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.system.persistence.Ids;

import org.springframework.stereotype.Component;

/**
 * Makes the delivery plan when an award is confirmed, in the confirmation's transaction: the winning bid's
 * milestone plan becomes scheduled milestones with due dates and exact payment amounts. The challenge stays
 * AWARDED until the lab's first milestone report starts the delivery (IN_DELIVERY).
 */
@Component
class DeliveryPlanner implements AwardConfirmedListener {

	private final BidQueries bids;

	private final ChallengeService challenges;

	private final DeliveryStore store;

	private final AuditService audit;

	private final Clock clock;

	DeliveryPlanner(BidQueries bids, ChallengeService challenges, DeliveryStore store, AuditService audit, Clock clock) {
		this.bids = bids;
		this.challenges = challenges;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Mono<Void> awardConfirmed(AwardConfirmation confirmation) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Mono<BidView> winner = this.bids.openedBids(confirmation.challengeId())
			.flatMapMany(Flux::fromIterable)
			.filter(bid -> bid.id().equals(confirmation.bidId()))
			.next()
			.switchIfEmpty(Mono.error(new IllegalStateException("Winning bid not found: " + confirmation.bidId())));
		return Mono.zip(winner, this.challenges.facts(confirmation.challengeId())).flatMap(t -> {
			BidView bid = t.getT1();
			List<MilestoneSchedule.Scheduled> schedule = MilestoneSchedule.of(confirmation.amount(),
					confirmation.confirmedAt(), bid.milestonePlan());
			Delivery delivery = new Delivery(confirmation.challengeId(), confirmation.awardId(), bid.id(),
					t.getT2().title(), t.getT2().organizationId(), bid.lab().id(), bid.lab().name(),
					bid.lab().organizationId(), bid.lab().organizationName(), confirmation.amount(),
					confirmation.confirmedAt(), null, null, null, null, null, null);
			return this.store.insert(delivery)
				.thenMany(Flux.fromIterable(schedule)
					.concatMap(s -> this.store.insert(Ids.newId(), delivery.challengeId(), delivery.labId(), s, now)))
				.then(this.audit.record(Actor.system(), "DELIVERY_PLANNED", "challenge", delivery.challengeId(), Map.of(),
						Map.of("awardId", confirmation.awardId().toString(), "lab", delivery.labName(), "amount",
								delivery.amount(), "milestones", schedule.size(), "lastDueDate",
								schedule.get(schedule.size() - 1).dueDate().toString())));
		});
	}

}
