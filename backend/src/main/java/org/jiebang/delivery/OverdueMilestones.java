package org.jiebang.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.audit.AuditService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Finds milestones past their due date and not accepted, marks each once and notifies the lab and the firm.
 * Safe with several instances: the mark is a conditional update, so of concurrent runs exactly one marks,
 * audits and notifies each milestone.
 */
@Service
public class OverdueMilestones {

	private static final int BATCH = 200;

	private final DeliveryStore store;

	private final DeliveryNotices notices;

	private final AuditService audit;

	private final TransactionalOperator transaction;

	private final Clock clock;

	OverdueMilestones(DeliveryStore store, DeliveryNotices notices, AuditService audit,
			TransactionalOperator transaction, Clock clock) {
		this.store = store;
		this.notices = notices;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Marks what is overdue now; answers how many milestones this call marked. */
	public Mono<Long> markOverdue() {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		return this.store.overdueCandidates(now, BATCH)
			.concatMap(id -> markOne(id, now))
			.filter(Boolean::booleanValue)
			.count();
	}

	private Mono<Boolean> markOne(UUID id, Instant now) {
		return this.store.markOverdue(id, now)
			.flatMap(marked -> !marked ? Mono.just(false)
					: this.store.milestone(id)
						.flatMap(m -> this.store.delivery(m.challengeId())
							.flatMap(d -> this.audit
								.record(Actor.system(), "MILESTONE_OVERDUE", "milestone", id, Map.of("overdue", false),
										Map.of("overdue", true, "status", m.status(), "dueDate", m.dueDate().toString()))
								.then(this.notices.overdue(d, m))))
						.thenReturn(true))
			.as(this.transaction::transactional);
	}

}
