package org.jiebang.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.Role;
import org.jiebang.audit.AuditService;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.search.SearchOutbox;
import org.jiebang.system.persistence.Ids;
import org.jiebang.system.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery to acceptance (SPEC §5): the lab reports milestones, the firm accepts or returns them, the firm or
 * an administrator records payments, an administrator may terminate. Each change takes the delivery's row
 * lock first, so the acceptance of the last milestone always sees the others and completes the challenge.
 */
@Service
public class DeliveryService {

	private final DeliveryStore store;

	private final DeliveryViews views;

	private final DeliveryNotices notices;

	private final ChallengeService challenges;

	private final AuditService audit;

	private final SearchOutbox outbox;

	private final Clock clock;

	DeliveryService(DeliveryStore store, DeliveryViews views, DeliveryNotices notices, ChallengeService challenges,
			AuditService audit, SearchOutbox outbox, Clock clock) {
		this.store = store;
		this.views = views;
		this.notices = notices;
		this.challenges = challenges;
		this.audit = audit;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * The lab's track record (completed, terminated, on-time share) is part of its matching document: queue
	 * the lab for the search index in the same transaction.
	 */
	private Mono<Void> trackRecordChanged(Delivery delivery) {
		return this.outbox.changed(SearchOutbox.EntityType.LAB, delivery.labId());
	}

	/** A milestone under its delivery's lock, with the challenge's current state. */
	private record Locked(Delivery delivery, Milestone milestone, ChallengeStatus status) {
	}

	/** The delivery of a challenge as the viewer may see it; 404 when the challenge is invisible or not awarded. */
	public Mono<DeliveryView> view(Actor actor, UUID challengeId) {
		return this.challenges.view(actor, challengeId)
			.flatMap(challenge -> this.store.delivery(challengeId)
				.switchIfEmpty(Mono.error(DeliveryProblems.deliveryNotFound(challengeId)))
				.flatMap(d -> this.views.view(actor, d, challenge.status())));
	}

	/** Every delivery under way (AWARDED or IN_DELIVERY), those with overdue milestones first. */
	public Mono<List<DeliveryView>> board(Actor actor) {
		actor.requireAdmin();
		return this.store.deliveriesInStates(List.of(ChallengeStatus.AWARDED.name(), ChallengeStatus.IN_DELIVERY.name()))
			.concatMap(d -> this.challenges.facts(d.challengeId()).flatMap(f -> this.views.view(actor, d, f.status())))
			.collectList()
			.map(list -> list.stream()
				.sorted(Comparator.comparingInt(DeliveryView::overdueCount).reversed())
				.toList());
	}

	/** The winning lab reports a planned or returned milestone; the first report starts the delivery. */
	@Transactional
	public Mono<MilestoneView> report(Actor actor, UUID milestoneId, MilestoneReportRequest request) {
		actor.requireRole(Role.LAB);
		return locked(actor, milestoneId, DeliveryViews::lab).flatMap(l -> {
			Instant now = now();
			requireRunning(l, "report");
			if (!l.milestone().status().reportable()) {
				return Mono.error(DeliveryProblems.milestoneState(milestoneId, l.milestone().status(), "report"));
			}
			String text = request.text().strip();
			Mono<Void> start = l.status() != ChallengeStatus.AWARDED ? Mono.empty()
					: this.challenges
						.advance(actor, l.delivery().challengeId(), ChallengeStatus.AWARDED, ChallengeStatus.IN_DELIVERY,
								"CHALLENGE_IN_DELIVERY", Map.of("milestoneId", milestoneId.toString()))
						.then(this.store.started(l.delivery().challengeId(), now));
			return this.store.submit(milestoneId, l.milestone().status(), text, request.links(), actor.userId(), now)
				.flatMap(done -> done ? start : Mono.error(stale(milestoneId, l, "report")))
				.then(this.audit.record(actor, "MILESTONE_SUBMITTED", "milestone", milestoneId,
						Map.of("status", l.milestone().status()), Map.of("status", MilestoneStatus.SUBMITTED, "seq",
								l.milestone().seq(), "links", request.links().size(), "length", text.length())))
				.then(this.notices.submitted(l.delivery(), l.milestone()))
				.then(milestoneView(actor, milestoneId));
		});
	}

	/** The firm accepts a reported milestone; accepting the last one completes the challenge. */
	@Transactional
	public Mono<MilestoneView> accept(Actor actor, UUID milestoneId) {
		actor.requireRole(Role.FIRM);
		return locked(actor, milestoneId, DeliveryViews::firm).flatMap(l -> {
			requireRunning(l, "accept");
			Instant now = now();
			UUID challengeId = l.delivery().challengeId();
			return this.store.accept(milestoneId, actor.userId(), now)
				.flatMap(done -> done ? Mono.<Void>empty() : Mono.error(stale(milestoneId, l, "accept")))
				.then(this.audit.record(actor, "MILESTONE_ACCEPTED", "milestone", milestoneId,
						Map.of("status", MilestoneStatus.SUBMITTED),
						Map.of("status", MilestoneStatus.ACCEPTED, "seq", l.milestone().seq())))
				.then(this.notices.accepted(l.delivery(), l.milestone()))
				.then(trackRecordChanged(l.delivery()))
				.then(this.store.unaccepted(challengeId))
				.flatMap(left -> left > 0 ? Mono.<Void>empty()
						: this.challenges
							.advance(actor, challengeId, ChallengeStatus.IN_DELIVERY, ChallengeStatus.COMPLETED,
									"CHALLENGE_COMPLETED", Map.of("milestones", l.milestone().seq()))
							.then(this.store.completed(challengeId, now))
							.then(this.notices.completed(l.delivery())))
				.then(milestoneView(actor, milestoneId));
		});
	}

	/** The firm returns a reported milestone for revision, with comments. */
	@Transactional
	public Mono<MilestoneView> returnForRevision(Actor actor, UUID milestoneId, ReturnRequest request) {
		actor.requireRole(Role.FIRM);
		return locked(actor, milestoneId, DeliveryViews::firm).flatMap(l -> {
			requireRunning(l, "return");
			String comments = request.comments().strip();
			return this.store.returnForRevision(milestoneId, comments, actor.userId(), now())
				.flatMap(done -> done ? Mono.<Void>empty() : Mono.error(stale(milestoneId, l, "return")))
				.then(this.audit.record(actor, "MILESTONE_RETURNED", "milestone", milestoneId,
						Map.of("status", MilestoneStatus.SUBMITTED),
						Map.of("status", MilestoneStatus.RETURNED, "seq", l.milestone().seq(), "comments", comments)))
				.then(this.notices.returned(l.delivery(), l.milestone()))
				.then(milestoneView(actor, milestoneId));
		});
	}

	/** The firm or an administrator records a payment of an accepted milestone, up to what remains. */
	@Transactional
	public Mono<MilestoneView> pay(Actor actor, UUID milestoneId, PaymentRequest request) {
		actor.requireAuthenticated();
		if (!actor.is(Role.FIRM) && !actor.isAdmin()) {
			throw Problems.forbidden();
		}
		Instant now = now();
		LocalDate today = MilestoneSchedule.today(now);
		LocalDate paidOn = request.paidOn() == null ? today : request.paidOn();
		if (paidOn.isAfter(today)) {
			throw Problems.invalid("paidOn", "PastOrPresent", "delivery.validation.paid-on-future");
		}
		return locked(actor, milestoneId, (a, d) -> a.isAdmin() || DeliveryViews.firm(a, d)).flatMap(l -> {
			Milestone m = l.milestone();
			if (m.status() != MilestoneStatus.ACCEPTED) {
				return Mono.error(DeliveryProblems.milestoneState(milestoneId, m.status(), "pay"));
			}
			Payment payment = new Payment(Ids.newId(), milestoneId, m.challengeId(), request.amount().setScale(2),
					paidOn, request.note() == null || request.note().isBlank() ? null : request.note().strip(),
					actor.userId(), now);
			return this.store.addPaid(milestoneId, payment.amount(), now)
				.flatMap(done -> done ? this.store.insert(payment)
						: Mono.error(DeliveryProblems.paymentExceedsRemaining(milestoneId, m.remaining())))
				.then(this.audit.record(actor, "PAYMENT_RECORDED", "milestone", milestoneId,
						Map.of("paidAmount", m.paidAmount()), Map.of("paidAmount", m.paidAmount().add(payment.amount()),
								"amount", payment.amount(), "paidOn", paidOn.toString(), "paymentId", payment.id().toString())))
				.then(this.notices.paid(l.delivery(), m, payment.amount()))
				.then(milestoneView(actor, milestoneId));
		});
	}

	/** An administrator terminates an awarded or running delivery with a public reason (SPEC §2, §5). */
	@Transactional
	public Mono<DeliveryView> terminate(Actor actor, UUID challengeId, TerminateRequest request) {
		actor.requireAdmin();
		String reason = request.reason().strip();
		return this.store.delivery(challengeId)
			.switchIfEmpty(Mono.error(DeliveryProblems.deliveryNotFound(challengeId)))
			.flatMap(delivery -> this.store.lock(challengeId).then(this.challenges.facts(challengeId)).flatMap(facts -> {
				if (facts.status() != ChallengeStatus.AWARDED && facts.status() != ChallengeStatus.IN_DELIVERY) {
					return Mono.error(DeliveryProblems.deliveryState(challengeId, facts.status(), "terminate"));
				}
				Map<String, Object> extra = new LinkedHashMap<>();
				extra.put("reason", reason);
				extra.put("dueDiligence", request.dueDiligence());
				return this.challenges
					.advance(actor, challengeId, facts.status(), ChallengeStatus.TERMINATED, "CHALLENGE_TERMINATED", extra)
					.then(this.store.terminated(challengeId, actor.userId(), reason, request.dueDiligence(), now()))
					.then(trackRecordChanged(delivery));
			}))
			.then(view(actor, challengeId));
	}

	private Mono<MilestoneView> milestoneView(Actor actor, UUID milestoneId) {
		return this.store.milestone(milestoneId)
			.flatMap(m -> Mono.zip(this.store.delivery(m.challengeId()), this.challenges.facts(m.challengeId()))
				.flatMap(t -> this.views.milestone(actor, t.getT1(), t.getT2().status(), m)));
	}

	/**
	 * The milestone, checked against the actor's right on its delivery (403), then re-read under the
	 * delivery's lock with the challenge's state.
	 */
	private Mono<Locked> locked(Actor actor, UUID milestoneId, BiPredicate<Actor, Delivery> allowed) {
		return this.store.milestone(milestoneId)
			.switchIfEmpty(Mono.error(DeliveryProblems.milestoneNotFound(milestoneId)))
			.flatMap(m -> this.store.delivery(m.challengeId()))
			.flatMap(d -> allowed.test(actor, d) ? Mono.just(d) : Mono.error(Problems.forbidden()))
			.flatMap(d -> this.store.lock(d.challengeId())
				.then(Mono.zip(this.store.delivery(d.challengeId()), this.store.milestone(milestoneId),
						this.challenges.facts(d.challengeId()))))
			.map(t -> new Locked(t.getT1(), t.getT2(), t.getT3().status()));
	}

	private static void requireRunning(Locked l, String action) {
		boolean running = l.status() == ChallengeStatus.AWARDED || l.status() == ChallengeStatus.IN_DELIVERY;
		if (!running || l.delivery().finished()) {
			throw DeliveryProblems.deliveryState(l.delivery().challengeId(), l.status(), action);
		}
	}

	private RuntimeException stale(UUID milestoneId, Locked l, String action) {
		return DeliveryProblems.milestoneState(milestoneId, l.milestone().status(), action);
	}

	/** Stored instants have microsecond precision on both databases. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
