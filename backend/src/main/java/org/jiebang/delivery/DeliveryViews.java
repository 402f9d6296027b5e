package org.jiebang.delivery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.Role;
import org.jiebang.attachment.AttachmentService;
import org.jiebang.attachment.AttachmentView;
import org.jiebang.attachment.OwnerType;
import org.jiebang.challenge.ChallengeStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Maps deliveries and milestones to what a viewer may see and do. */
@Component
class DeliveryViews {

	private final DeliveryStore store;

	private final ObjectProvider<AttachmentService> attachments;

	private final Clock clock;

	DeliveryViews(DeliveryStore store, ObjectProvider<AttachmentService> attachments, Clock clock) {
		this.store = store;
		this.attachments = attachments;
		this.clock = clock;
	}

	/** The firm's members, the winning lab's members and administrators see everything of a delivery. */
	static boolean insider(Actor actor, Delivery d) {
		return actor.isAdmin() || firm(actor, d) || lab(actor, d);
	}

	static boolean firm(Actor actor, Delivery d) {
		return actor.is(Role.FIRM) && actor.memberOf(d.firmOrganizationId());
	}

	static boolean lab(Actor actor, Delivery d) {
		return actor.is(Role.LAB) && d.labId().equals(actor.labId());
	}

	Mono<DeliveryView> view(Actor actor, Delivery d, ChallengeStatus status) {
		boolean insider = insider(actor, d);
		Mono<Map<UUID, List<Payment>>> payments = insider
				? this.store.payments(d.challengeId()).collect(Collectors.groupingBy(Payment::milestoneId))
				: Mono.just(Map.of());
		return Mono.zip(this.store.milestones(d.challengeId()).collectList(), payments).flatMap(t -> Flux
			.fromIterable(t.getT1())
			.concatMap(m -> milestone(actor, d, status, m, t.getT2().getOrDefault(m.id(), List.of())))
			.collectList()
			.map(milestones -> deliveryView(d, status, insider, t.getT1(), milestones)));
	}

	/** One milestone as the viewer sees it. */
	Mono<MilestoneView> milestone(Actor actor, Delivery d, ChallengeStatus status, Milestone m) {
		Mono<List<Payment>> payments = insider(actor, d)
				? this.store.payments(d.challengeId()).filter(p -> p.milestoneId().equals(m.id())).collectList()
				: Mono.just(List.of());
		return payments.flatMap(p -> milestone(actor, d, status, m, p));
	}

	private Mono<MilestoneView> milestone(Actor actor, Delivery d, ChallengeStatus status, Milestone m,
			List<Payment> payments) {
		Instant now = this.clock.instant();
		AttachmentService files = this.attachments.getIfAvailable();
		Mono<List<AttachmentView>> evidence = !insider(actor, d) || files == null ? Mono.just(List.of())
				: files.list(actor, OwnerType.MILESTONE, m.id());
		boolean insider = insider(actor, d);
		return evidence.map(e -> new MilestoneView(m.id(), m.seq(), m.title(), m.deliverable(), m.dueMonth(),
				m.dueDate(), m.dueAt(), m.paymentPercent(), m.paymentAmount(), m.paidAmount(), m.status(),
				overdue(d, m, now), m.overdueAt(), m.acceptedAt(),
				insider && m.submittedAt() != null
						? new MilestoneView.Report(m.reportText(), m.evidenceLinks(), m.submittedAt(), m.submissionCount())
						: null,
				insider ? m.returnComments() : null, insider ? m.returnedAt() : null,
				payments.stream()
					.map(p -> new MilestoneView.PaymentView(p.id(), p.amount(), p.paidOn(), p.note(), p.recordedAt()))
					.toList(),
				e, actions(actor, d, status, m)));
	}

	static boolean overdue(Delivery d, Milestone m, Instant now) {
		return !d.finished() && m.overdueAt(now);
	}

	static Set<MilestoneView.Action> actions(Actor actor, Delivery d, ChallengeStatus status, Milestone m) {
		Set<MilestoneView.Action> actions = EnumSet.noneOf(MilestoneView.Action.class);
		boolean running = status == ChallengeStatus.AWARDED || status == ChallengeStatus.IN_DELIVERY;
		if (lab(actor, d) && running && m.status().reportable()) {
			actions.add(MilestoneView.Action.REPORT);
			actions.add(MilestoneView.Action.ATTACH);
		}
		if (firm(actor, d) && running && m.status() == MilestoneStatus.SUBMITTED) {
			actions.add(MilestoneView.Action.ACCEPT);
			actions.add(MilestoneView.Action.RETURN);
		}
		if ((firm(actor, d) || actor.isAdmin()) && m.status() == MilestoneStatus.ACCEPTED
				&& m.remaining().signum() > 0) {
			actions.add(MilestoneView.Action.PAY);
		}
		return actions;
	}

	private DeliveryView deliveryView(Delivery d, ChallengeStatus status, boolean insider, List<Milestone> stored,
			List<MilestoneView> milestones) {
		Instant now = this.clock.instant();
		BigDecimal paid = stored.stream().map(Milestone::paidAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		int overdue = (int) stored.stream().filter(m -> overdue(d, m, now)).count();
		return new DeliveryView(d.challengeId(), d.challengeTitle(), status, d.firmOrganizationId(),
				new DeliveryView.LabRef(d.labId(), d.labName(), d.labOrganizationId(), d.labOrganizationName()),
				d.amount(), paid, d.confirmedAt(), d.startedAt(), d.completedAt(),
				d.terminated() ? new DeliveryView.Termination(d.terminatedAt(), d.terminationReason(),
						Boolean.TRUE.equals(d.dueDiligence())) : null,
				overdue, insider, milestones);
	}

}
