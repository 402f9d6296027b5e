package org.jiebang.delivery;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.jiebang.notify.NotificationKind;
import org.jiebang.notify.Notifier;

import org.springframework.stereotype.Component;

/** The notifications of delivery (SPEC §7), written in the transaction of the change that causes them. */
@Component
class DeliveryNotices {

	private final Notifier notifier;

	DeliveryNotices(Notifier notifier) {
		this.notifier = notifier;
	}

	/** A report came in: the firm decides. */
	Mono<Void> submitted(Delivery d, Milestone m) {
		return this.notifier.firm(d.firmOrganizationId(), NotificationKind.MILESTONE_SUBMITTED, params(d, m), link(d));
	}

	Mono<Void> returned(Delivery d, Milestone m) {
		return this.notifier.lab(d.labId(), NotificationKind.MILESTONE_RETURNED, params(d, m), link(d));
	}

	Mono<Void> accepted(Delivery d, Milestone m) {
		return this.notifier.lab(d.labId(), NotificationKind.MILESTONE_ACCEPTED, params(d, m), link(d));
	}

	/** Both sides hear of an overdue milestone. */
	Mono<Void> overdue(Delivery d, Milestone m) {
		Map<String, Object> params = params(d, m);
		params.put("dueDate", m.dueDate().toString());
		return this.notifier.lab(d.labId(), NotificationKind.MILESTONE_OVERDUE, params, link(d))
			.then(this.notifier.firm(d.firmOrganizationId(), NotificationKind.MILESTONE_OVERDUE, params, link(d)));
	}

	Mono<Void> paid(Delivery d, Milestone m, BigDecimal amount) {
		Map<String, Object> params = params(d, m);
		params.put("amount", amount.toPlainString());
		return this.notifier.lab(d.labId(), NotificationKind.PAYMENT_RECORDED, params, link(d));
	}

	Mono<Void> completed(Delivery d) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("title", d.challengeTitle());
		params.put("challengeId", d.challengeId().toString());
		params.put("lab", d.labName());
		return this.notifier.lab(d.labId(), NotificationKind.CHALLENGE_COMPLETED, params, link(d))
			.then(this.notifier.firm(d.firmOrganizationId(), NotificationKind.CHALLENGE_COMPLETED, params, link(d)));
	}

	private static Map<String, Object> params(Delivery d, Milestone m) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("title", d.challengeTitle());
		params.put("challengeId", d.challengeId().toString());
		params.put("milestoneId", m.id().toString());
		params.put("milestone", m.title());
		params.put("seq", m.seq());
		return params;
	}

	private static String link(Delivery d) {
		return "/challenges/" + d.challengeId();
	}

}
