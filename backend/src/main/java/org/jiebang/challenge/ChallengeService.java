package org.jiebang.challenge;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.OrganizationService;
import org.jiebang.account.Role;
import org.jiebang.audit.AuditService;
import org.jiebang.search.SearchOutbox;
import org.jiebang.system.persistence.IdempotencyKeys;
import org.jiebang.system.persistence.Ids;
import org.jiebang.system.web.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The firm's side of the challenge lifecycle of SPEC §2: drafting, editing, submitting, cancelling.
 * Review, amendment and closing live in {@link ChallengeReviewService}.
 */
@Service
public class ChallengeService {

	static final String IDEMPOTENCY_SCOPE = "challenge";

	private final ChallengeStore store;

	private final ChallengeValidator validator;

	private final ChallengeViews views;

	private final OrganizationService organizations;

	private final AuditService audit;

	private final SearchOutbox outbox;

	private final IdempotencyKeys idempotency;

	private final TransactionalOperator transaction;

	private final Clock clock;

	private final ObjectProvider<ChallengeCancelledListener> cancelledListeners;

	ChallengeService(ChallengeStore store, ChallengeValidator validator, ChallengeViews views,
			OrganizationService organizations, AuditService audit, SearchOutbox outbox, IdempotencyKeys idempotency,
			TransactionalOperator transaction, Clock clock, ObjectProvider<ChallengeCancelledListener> cancelledListeners) {
		this.cancelledListeners = cancelledListeners;
		this.store = store;
		this.validator = validator;
		this.views = views;
		this.organizations = organizations;
		this.audit = audit;
		this.outbox = outbox;
		this.idempotency = idempotency;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Creates a draft for the firm's organization; a replay with the same idempotency key returns the first. */
	public Mono<ChallengeView> create(Actor actor, ChallengeRequest request, String idempotencyKey) {
		actor.requireRole(Role.FIRM);
		Mono<ChallengeView> created = Mono.defer(() -> createDraft(actor, request, idempotencyKey))
			.as(this.transaction::transactional);
		return this.idempotency.find(actor.userId(), IDEMPOTENCY_SCOPE, idempotencyKey)
			.map(java.util.Optional::of)
			.defaultIfEmpty(java.util.Optional.empty())
			.flatMap(existing -> existing.isPresent() ? view(actor, existing.get()) : created)
			.onErrorResume(DuplicateKeyException.class, ex -> idempotencyKey == null ? Mono.error(ex)
					: this.idempotency.find(actor.userId(), IDEMPOTENCY_SCOPE, idempotencyKey)
						.flatMap(id -> view(actor, id)));
	}

	private Mono<ChallengeView> createDraft(Actor actor, ChallengeRequest request, String idempotencyKey) {
		Instant now = this.clock.instant();
		ChallengeContent content = this.validator.content(request, now);
		Challenge draft = new Challenge(Ids.newId(), actor.organizationId(), actor.userId(), ChallengeStatus.DRAFT,
				content, request.rubric() == null ? Rubric.DEFAULT : request.rubric(), null, null, 0, null, null, null,
				null, null, now, now, null);
		return this.store.insert(draft)
			.flatMap(saved -> this.idempotency.remember(actor.userId(), IDEMPOTENCY_SCOPE, idempotencyKey, saved.id())
				.then(this.audit.record(actor, "CHALLENGE_CREATED", "challenge", saved.id(), Map.of(),
						Map.of("status", ChallengeStatus.DRAFT, "title", content.title())))
				.then(this.views.detail(saved, actor)));
	}

	/** Edits a DRAFT or REJECTED challenge of the firm's own organization; a rejected one becomes a draft. */
	@Transactional
	public Mono<ChallengeView> update(Actor actor, UUID id, ChallengeRequest request) {
		actor.requireRole(Role.FIRM);
		if (request.version() == null) {
			throw Problems.invalid("version", "NotNull", "validation.required");
		}
		return ownChallenge(actor, id).flatMap(existing -> {
			if (!existing.status().editableByFirm()) {
				return Mono.error(ChallengeProblems.invalidState(id, existing.status(), "edit"));
			}
			if (!request.version().equals(existing.version())) {
				return Mono.error(Problems.staleVersion("challenge", id));
			}
			Instant now = this.clock.instant();
			ChallengeContent content = this.validator.content(request, now);
			Challenge edited = existing.withContent(content, request.rubric() == null ? existing.rubric() : request.rubric(),
					ChallengeStatus.DRAFT, now);
			return this.store.update(edited)
				.flatMap(saved -> this.audit
					.record(actor, "CHALLENGE_UPDATED", "challenge", id, Map.of("status", existing.status()),
							Map.of("status", saved.status(), "title", content.title()))
					.then(this.views.detail(saved, actor)));
		});
	}

	/** Sends a complete challenge of a verified organization to review. */
	@Transactional
	public Mono<ChallengeView> submit(Actor actor, UUID id) {
		actor.requireRole(Role.FIRM);
		return ownChallenge(actor, id).flatMap(existing -> {
			// A rejected challenge goes back to DRAFT by being edited before it can be submitted again (SPEC §2).
			if (existing.status() != ChallengeStatus.DRAFT) {
				return Mono.error(ChallengeProblems.invalidState(id, existing.status(), "submit"));
			}
			Instant now = this.clock.instant();
			this.validator.checkSubmittable(existing.content(), now);
			return this.organizations.require(existing.organizationId())
				.flatMap(org -> org.verified() ? Mono.just(org) : Mono.error(ChallengeProblems.organizationUnverified()))
				.then(transition(actor, existing, ChallengeStatus.SUBMITTED, "CHALLENGE_SUBMITTED", "submit",
						Map.of("submitted_at", now.atOffset(java.time.ZoneOffset.UTC)), Map.of()));
		});
	}

	/** Cancels a challenge before AWARDED; by its firm or an administrator, with a public reason. */
	@Transactional
	public Mono<ChallengeView> cancel(Actor actor, UUID id, String reason) {
		actor.requireAuthenticated();
		return this.store.find(id)
			.filter(c -> ChallengeViews.visible(c, actor))
			.switchIfEmpty(Mono.error(ChallengeProblems.notFound(id)))
			.flatMap(existing -> {
				boolean ownFirm = actor.is(Role.FIRM) && actor.memberOf(existing.organizationId());
				if (!ownFirm && !actor.isAdmin()) {
					return Mono.error(Problems.forbidden());
				}
				if (!existing.status().cancellable()) {
					return Mono.error(ChallengeProblems.invalidState(id, existing.status(), "cancel"));
				}
				Map<String, Object> columns = new LinkedHashMap<>();
				columns.put("cancel_reason", reason.strip());
				columns.put("cancelled_at", this.clock.instant().atOffset(java.time.ZoneOffset.UTC));
				return transition(actor, existing, ChallengeStatus.CANCELLED, "CHALLENGE_CANCELLED", "cancel", columns,
						Map.of("reason", reason.strip()))
					.flatMap(view -> Flux.fromStream(this.cancelledListeners.orderedStream())
						.concatMap(listener -> listener.challengeCancelled(id, existing.status()))
						.then(Mono.just(view)));
			});
	}

	/**
	 * Applies a state change as a conditional update with its audit entry and outbox row, all in the
	 * caller's transaction; a concurrent change of the same challenge answers 409.
	 */
	Mono<ChallengeView> transition(Actor actor, Challenge existing, ChallengeStatus to, String auditAction,
			String action, Map<String, Object> columns, Map<String, Object> auditExtra) {
		Instant now = this.clock.instant();
		Map<String, Object> after = new LinkedHashMap<>(auditExtra);
		after.put("status", to);
		return this.store.transition(existing.id(), existing.status(), to, now, columns).flatMap(changed -> {
			if (!changed) {
				return Mono.error(ChallengeProblems.invalidState(existing.id(), existing.status(), action));
			}
			return this.audit
				.record(actor, auditAction, "challenge", existing.id(), Map.of("status", existing.status()), after)
				.then(this.outbox.changed(SearchOutbox.EntityType.CHALLENGE, existing.id()))
				.then(this.store.find(existing.id()))
				.flatMap(saved -> this.views.detail(saved, actor));
		});
	}

	/**
	 * Moves a challenge along the later part of its lifecycle (evaluation, award, delivery) for the feature
	 * that owns that part, in the caller's transaction: a conditional update with its audit entry and
	 * outbox row. Answers 409 when the challenge is no longer in {@code from}.
	 */
	public Mono<Void> advance(Actor actor, UUID id, ChallengeStatus from, ChallengeStatus to, String auditAction,
			Map<String, Object> auditExtra) {
		Instant now = this.clock.instant();
		Map<String, Object> after = new LinkedHashMap<>(auditExtra);
		after.put("status", to);
		return this.store.transition(id, from, to, now, Map.of()).flatMap(changed -> !changed
				? this.store.find(id)
					.switchIfEmpty(Mono.error(ChallengeProblems.notFound(id)))
					.flatMap(c -> Mono.<Void>error(ChallengeProblems.invalidState(id, c.status(), auditAction)))
				: this.audit.record(actor, auditAction, "challenge", id, Map.of("status", from), after)
					.then(this.outbox.changed(SearchOutbox.EntityType.CHALLENGE, id)));
	}

	/** A challenge as this viewer may see it; 404 when it is not visible to them. */
	public Mono<ChallengeView> view(Actor actor, UUID id) {
		return this.store.find(id)
			.filter(c -> ChallengeViews.visible(c, actor))
			.switchIfEmpty(Mono.error(ChallengeProblems.notFound(id)))
			.flatMap(c -> this.views.detail(c, actor));
	}

	private Mono<Challenge> ownChallenge(Actor actor, UUID id) {
		return this.store.find(id)
			.filter(c -> ChallengeViews.visible(c, actor))
			.switchIfEmpty(Mono.error(ChallengeProblems.notFound(id)))
			.flatMap(c -> actor.memberOf(c.organizationId()) ? Mono.just(c) : Mono.error(Problems.forbidden()));
	}

	/** What bids and evaluation need to know; no access check (callers check their own rules). */
	public Mono<ChallengeFacts> facts(UUID id) {
		return this.store.find(id)
			.switchIfEmpty(Mono.error(ChallengeProblems.notFound(id)))
			.map(c -> new ChallengeFacts(c.id(), c.organizationId(), c.status(), c.content().title(),
					c.content().bounty(), c.content().bidDeadline(), c.content().deliveryMonths(),
					c.content().eligibleOrgTypes().values(), c.content().eligibleRegions().values(), c.closedAt(),
					c.termsChangedAt(), c.rubric()));
	}

	/** Adds to the public bid count, in the bid's transaction. */
	public Mono<Void> addToBidCount(UUID id, int delta) {
		return this.store.addToBidCount(id, delta);
	}

}
