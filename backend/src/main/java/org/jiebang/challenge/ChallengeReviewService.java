package org.jiebang.challenge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;


import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.audit.AuditService;
import org.jiebang.notify.NotificationKind;
import org.jiebang.notify.Notifier;
import org.jiebang.search.SearchOutbox;
import org.jiebang.system.config.JiebangProperties;
import org.jiebang.system.persistence.Tags;
import org.jiebang.system.web.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.reactive.TransactionalOperator;

/** The administrators' side of SPEC §2: review (approve, reject), amendments, and closing at the deadline. */
@Service
public class ChallengeReviewService {

	private final ChallengeStore store;

	private final ChallengeService challenges;

	private final ChallengeViews views;

	private final AmendmentStore amendments;

	private final AuditService audit;

	private final SearchOutbox outbox;

	private final TransactionalOperator transaction;

	private final Clock clock;

	private final Duration amendmentMinPeriod;

	private final Notifier notifier;

	private final ObjectProvider<ChallengeClosedListener> closedListeners;

	private final ObjectProvider<ChallengePublishedListener> publishedListeners;

	ChallengeReviewService(ChallengeStore store, ChallengeService challenges, ChallengeViews views,
			AmendmentStore amendments, AuditService audit, SearchOutbox outbox, TransactionalOperator transaction,
			Clock clock, JiebangProperties properties, Notifier notifier,
			ObjectProvider<ChallengeClosedListener> closedListeners,
			ObjectProvider<ChallengePublishedListener> publishedListeners) {
		this.publishedListeners = publishedListeners;
		this.notifier = notifier;
		this.closedListeners = closedListeners;
		this.store = store;
		this.challenges = challenges;
		this.views = views;
		this.amendments = amendments;
		this.audit = audit;
		this.outbox = outbox;
		this.transaction = transaction;
		this.clock = clock;
		this.amendmentMinPeriod = properties.challenge().amendmentMinPeriod();
	}

	@Transactional
	public Mono<ChallengeView> approve(Actor actor, UUID id) {
		actor.requireAdmin();
		return submitted(id, "approve").flatMap(existing -> {
			Instant now = this.clock.instant();
			if (existing.deadlinePassed(now)) {
				return Mono.error(Problems.invalid("bidDeadline", "Future", "validation.deadline-past"));
			}
			return this.challenges
				.transition(actor, existing, ChallengeStatus.PUBLISHED, "CHALLENGE_APPROVED", "approve",
						Map.of("published_at", now.atOffset(ZoneOffset.UTC)),
						Map.of("bidDeadline", existing.content().bidDeadline().toString()))
				.flatMap(view -> this.notifier
					.firm(existing.organizationId(), NotificationKind.CHALLENGE_APPROVED, notice(existing), link(id))
					.then(Flux.fromStream(this.publishedListeners.orderedStream())
						.concatMap(listener -> listener.challengePublished(id))
						.then())
					.thenReturn(view));
		});
	}

	@Transactional
	public Mono<ChallengeView> reject(Actor actor, UUID id, String reason) {
		actor.requireAdmin();
		return submitted(id, "reject").flatMap(existing -> this.challenges
			.transition(actor, existing, ChallengeStatus.REJECTED, "CHALLENGE_REJECTED", "reject",
					Map.of("review_note", reason.strip()), Map.of("reason", reason.strip()))
			.flatMap(view -> this.notifier
				.firm(existing.organizationId(), NotificationKind.CHALLENGE_REJECTED,
						Map.of("title", existing.content().title(), "reason", reason.strip()), link(id))
				.thenReturn(view)));
	}

	private Mono<Challenge> submitted(UUID id, String action) {
		return this.store.find(id)
			.switchIfEmpty(Mono.error(ChallengeProblems.notFound(id)))
			.flatMap(c -> c.status() == ChallengeStatus.SUBMITTED ? Mono.just(c)
					: Mono.error(ChallengeProblems.invalidState(id, c.status(), action)));
	}

	/**
	 * Amends a published challenge. A change of indicators, bounty or deadline moves the deadline to at
	 * least the amendment minimum period from now and makes earlier bids reconfirm.
	 */
	@Transactional
	public Mono<ChallengeView> amend(Actor actor, UUID id, AmendmentRequest request) {
		actor.requireAdmin();
		return this.store.find(id)
			.switchIfEmpty(Mono.error(ChallengeProblems.notFound(id)))
			.flatMap(existing -> {
				Instant now = this.clock.instant();
				if (!existing.openForBids(now)) {
					return Mono.error(ChallengeProblems.invalidState(id, existing.status(), "amend"));
				}
				if (request.bidDeadline() != null && !request.bidDeadline().isAfter(now)) {
					return Mono.error(Problems.invalid("bidDeadline", "Future", "validation.deadline-past"));
				}
				return applyAmendment(actor, existing, request, now);
			});
	}

	private Mono<ChallengeView> applyAmendment(Actor actor, Challenge existing, AmendmentRequest r, Instant now) {
		ChallengeContent old = existing.content();
		List<String> changed = new ArrayList<>();
		String title = pick(changed, "title", old.title(), r.title() == null ? null : r.title().strip());
		String summary = pick(changed, "summary", old.summary(), r.summary());
		String description = pick(changed, "description", old.description(), r.description());
		Indicators indicators = pick(changed, "technicalIndicators", old.technicalIndicators(),
				r.technicalIndicators() == null ? null : Indicators.of(r.technicalIndicators()));
		Tags capabilities = pick(changed, "requiredCapabilities", old.requiredCapabilities(),
				r.requiredCapabilities() == null ? null : new Tags(CapabilityTags.normalizeAll(r.requiredCapabilities())));
		java.math.BigDecimal bounty = pick(changed, "bounty", old.bounty(), Challenge.money(r.bounty()));
		Instant deadline = pick(changed, "bidDeadline", old.bidDeadline(), r.bidDeadline());
		Integer months = pick(changed, "deliveryMonths", old.deliveryMonths(), r.deliveryMonths());
		String eligibility = pick(changed, "eligibilityText", old.eligibilityText(), r.eligibilityText());
		String contactName = pick(changed, "contactName", old.contactName(), r.contactName());
		String contactPhone = pick(changed, "contactPhone", old.contactPhone(), r.contactPhone());
		String contactEmail = pick(changed, "contactEmail", old.contactEmail(), r.contactEmail());
		if (changed.isEmpty()) {
			return Mono.error(Problems.invalid("reason", "NothingChanged", "validation.amendment-empty"));
		}
		boolean termsChanged = changed.contains("technicalIndicators") || changed.contains("bounty")
				|| changed.contains("bidDeadline");
		Instant earliest = now.plus(this.amendmentMinPeriod);
		Instant newDeadline = termsChanged && deadline.isBefore(earliest) ? earliest : deadline;
		ChallengeContent content = new ChallengeContent(title, summary, description, indicators, capabilities,
				old.industryChain(), old.techFields(), old.challengeType(), bounty, newDeadline, months, eligibility,
				old.eligibleOrgTypes(), old.eligibleRegions(), old.ipTerms(), old.province(), old.city(), contactName,
				contactPhone, contactEmail);
		Challenge amended = new Challenge(existing.id(), existing.organizationId(), existing.createdBy(),
				existing.status(), content, existing.rubric(), existing.reviewNote(), existing.cancelReason(),
				existing.bidCount(), termsChanged ? now : existing.termsChangedAt(), existing.submittedAt(),
				existing.publishedAt(), existing.closedAt(), existing.cancelledAt(), existing.createdAt(), now,
				existing.version());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("changedFields", changed);
		after.put("termsChanged", termsChanged);
		after.put("bidDeadline", newDeadline.toString());
		after.put("reason", r.reason().strip());
		return this.store.update(amended)
			.flatMap(saved -> this.amendments
				.add(saved.id(), actor.userId(), r.reason().strip(), changed, termsChanged, old.bidDeadline(),
						newDeadline, now)
				.then(this.audit.record(actor, "CHALLENGE_AMENDED", "challenge", saved.id(),
						Map.of("bidDeadline", old.bidDeadline().toString()), after))
				.then(this.outbox.changed(SearchOutbox.EntityType.CHALLENGE, saved.id()))
				.then(this.views.detail(saved, actor)));
	}

	private static Map<String, Object> notice(Challenge challenge) {
		return Map.of("title", challenge.content().title(), "bidCount", challenge.bidCount());
	}

	static String link(UUID challengeId) {
		return "/challenges/" + challengeId;
	}

	private static <T> T pick(List<String> changed, String field, T current, T requested) {
		if (requested == null || Objects.equals(requested, current)) {
			return current;
		}
		changed.add(field);
		return requested;
	}

	/**
	 * Closes every published challenge whose deadline has passed, each in its own transaction. Safe with
	 * several instances: the conditional update lets exactly one close a challenge and write its audit entry.
	 */
	public Mono<Long> closeDue() {
		Instant now = this.clock.instant();
		return this.store.dueForClosing(now, 200)
			.concatMap(id -> closeOne(id, now))
			.filter(Boolean::booleanValue)
			.count();
	}

	private Mono<Boolean> closeOne(UUID id, Instant now) {
		return this.store.closeIfDue(id, now)
			.flatMap(closed -> !closed ? Mono.just(false)
					: this.audit
						.record(Actor.system(), "CHALLENGE_CLOSED", "challenge", id,
								Map.of("status", ChallengeStatus.PUBLISHED), Map.of("status", ChallengeStatus.CLOSED))
						.then(this.outbox.changed(SearchOutbox.EntityType.CHALLENGE, id))
						.then(this.store.find(id))
						.flatMap(challenge -> this.notifier.firm(challenge.organizationId(),
								NotificationKind.CHALLENGE_CLOSED, notice(challenge), link(id)))
						.then(Flux.fromStream(this.closedListeners.orderedStream())
							.concatMap(listener -> listener.challengeClosed(id))
							.then())
						.thenReturn(true))
			.as(this.transaction::transactional);
	}

}
