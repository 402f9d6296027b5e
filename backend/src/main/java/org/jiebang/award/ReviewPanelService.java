package org.jiebang.award;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.OrganizationView;
import org.jiebang.account.Role;
import org.jiebang.account.UserFacts;
import org.jiebang.audit.AuditService;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.notify.NotificationKind;
import org.jiebang.notify.Notifier;
import org.jiebang.system.web.ProblemException;
import org.jiebang.system.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The review panel of a closed challenge (SPEC §4): administrators assign reviewers, who are recused
 * automatically where their organization is involved, and every reviewer declares conflicts before seeing a bid.
 */
@Service
public class ReviewPanelService {

	private final ChallengeService challenges;

	private final EvaluationLoader loader;

	private final PanelStore panel;

	private final UserDirectory directory;

	private final AuditService audit;

	private final Notifier notifier;

	private final Clock clock;

	ReviewPanelService(ChallengeService challenges, EvaluationLoader loader, PanelStore panel,
			UserDirectory directory, AuditService audit, Notifier notifier, Clock clock) {
		this.challenges = challenges;
		this.loader = loader;
		this.panel = panel;
		this.directory = directory;
		this.audit = audit;
		this.notifier = notifier;
		this.clock = clock;
	}

	/** Fails with 401 when anonymous and 403 unless an EXPERT or ADMIN. */
	static Actor requireReviewer(Actor actor) {
		actor.requireAuthenticated();
		if (!actor.is(Role.EXPERT) && !actor.isAdmin()) {
			throw Problems.forbidden();
		}
		return actor;
	}

	/** Adds reviewers to the panel of a closed challenge; reviewers already assigned stay as they are. */
	@Transactional
	public Mono<List<ReviewerView>> assign(Actor actor, UUID challengeId, AssignReviewersRequest request) {
		actor.requireAdmin();
		List<UUID> ids = List.copyOf(new LinkedHashSet<>(request.reviewerIds()));
		return this.challenges.facts(challengeId).flatMap(facts -> {
			if (facts.status() != ChallengeStatus.CLOSED) {
				return Mono.error(AwardProblems.challengeState(challengeId, facts.status(), "assign reviewers to"));
			}
			return reviewers(request.reviewerIds(), ids)
				.flatMap(users -> this.loader.load(facts)
					.flatMap(state -> this.directory.organizations(users, facts.organizationId())
						.flatMap(orgs -> Flux.fromIterable(users)
							.filter(u -> state.assignments().stream().noneMatch(a -> a.reviewerId().equals(u.id())))
							.concatMap(u -> add(actor, state, u, orgs))
							.then())))
				.then(this.loader.load(challengeId))
				.flatMap(this.directory::views);
		});
	}

	/** The checked reviewers, in request order: existing, enabled EXPERT or ADMIN users. */
	private Mono<List<UserFacts>> reviewers(List<UUID> requested, List<UUID> distinct) {
		return this.directory.users(distinct).map(users -> {
			List<ProblemException.FieldProblem> errors = new ArrayList<>();
			for (int i = 0; i < requested.size(); i++) {
				UserFacts user = users.get(requested.get(i));
				if (user == null) {
					errors.add(new ProblemException.FieldProblem("reviewerIds[" + i + "]", "Unknown",
							"award.validation.reviewer-unknown"));
				}
				else if (!user.enabled() || (user.role() != Role.EXPERT && user.role() != Role.ADMIN)) {
					errors.add(new ProblemException.FieldProblem("reviewerIds[" + i + "]", "Role",
							"award.validation.reviewer-role"));
				}
			}
			if (!errors.isEmpty()) {
				throw Problems.invalid(errors);
			}
			return distinct.stream().map(users::get).toList();
		});
	}

	private Mono<Void> add(Actor actor, EvaluationState state, UserFacts user, Map<UUID, OrganizationView> orgs) {
		OrganizationView org = user.organizationId() == null ? null : orgs.get(user.organizationId());
		OrganizationView firm = orgs.get(state.challenge().organizationId());
		Optional<Recusals.Recusal> recusal = Recusals.of(org, state.challenge().organizationId(),
				firm == null ? null : firm.name(), state.bids());
		Instant now = this.clock.instant();
		UUID challengeId = state.challenge().id();
		Assignment assignment = new Assignment(challengeId, user.id(), actor.userId(), now, recusal.isPresent(),
				recusal.map(Recusals.Recusal::reason).orElse(null), recusal.map(Recusals.Recusal::detail).orElse(null),
				null, null, null);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("reviewerId", user.id().toString());
		after.put("reviewer", user.username());
		after.put("recused", recusal.isPresent());
		Mono<Void> recorded = this.panel.insert(assignment)
			.then(this.audit.record(actor, "REVIEWER_ASSIGNED", "challenge", challengeId, Map.of(), after));
		if (recusal.isPresent()) {
			return recorded.then(this.audit.record(actor, "REVIEWER_RECUSED", "challenge", challengeId, Map.of(),
					Map.of("reviewerId", user.id().toString(), "reason", recusal.get().reason(), "detail",
							String.valueOf(recusal.get().detail()))));
		}
		return recorded.then(this.notifier.users(List.of(user.id()), NotificationKind.REVIEW_ASSIGNED,
				Map.of("title", state.challenge().title(), "challengeId", challengeId.toString()),
				"/reviews/" + challengeId));
	}

	/** The panel of a challenge with each reviewer's recusal, declaration and progress. */
	public Mono<List<ReviewerView>> reviewers(Actor actor, UUID challengeId) {
		actor.requireAdmin();
		return this.loader.load(challengeId).flatMap(this.directory::views);
	}

	/** A reviewer's declaration of conflicts; a declared conflict recuses them. */
	@Transactional
	public Mono<MyReviewView> declare(Actor actor, UUID challengeId, ConflictDeclarationRequest request) {
		requireReviewer(actor);
		boolean conflict = request.hasConflict();
		String statement = StringUtils.hasText(request.statement()) ? request.statement().strip() : null;
		if (conflict && statement == null) {
			throw Problems.invalid("statement", "NotBlank", "award.validation.statement-required");
		}
		return assignment(actor, challengeId).flatMap(a -> this.challenges.facts(challengeId).flatMap(facts -> {
			if (a.recused()) {
				return Mono.error(AwardProblems.recused(challengeId));
			}
			if (facts.status() != ChallengeStatus.CLOSED) {
				return Mono.error(AwardProblems.challengeState(challengeId, facts.status(), "declare conflicts on"));
			}
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("reviewerId", actor.userId().toString());
			after.put("hasConflict", conflict);
			if (statement != null) {
				after.put("statement", statement);
			}
			return this.panel.declare(challengeId, actor.userId(), conflict, statement, this.clock.instant())
				.flatMap(done -> !done ? Mono.<Void>error(AwardProblems.alreadyDeclared(challengeId))
						: this.audit.record(actor, "CONFLICT_DECLARED", "challenge", challengeId, Map.of(), after))
				.then(conflict ? this.audit.record(actor, "REVIEWER_RECUSED", "challenge", challengeId, Map.of(),
						Map.of("reviewerId", actor.userId().toString(), "reason", RecusalReason.DECLARED_CONFLICT))
						: Mono.empty())
				.then(assignment(actor, challengeId))
				.flatMap(updated -> this.loader.load(facts).map(state -> mine(updated, state)));
		}));
	}

	/** The reviewer's own assignments, newest first. */
	public Mono<List<MyReviewView>> mine(Actor actor) {
		requireReviewer(actor);
		return this.panel.forReviewer(actor.userId())
			.concatMap(a -> this.loader.load(a.challengeId()).map(state -> mine(a, state)))
			.collectList();
	}

	Mono<Assignment> assignment(Actor actor, UUID challengeId) {
		return this.panel.find(challengeId, actor.userId())
			.switchIfEmpty(Mono.error(AwardProblems.reviewNotFound(challengeId)));
	}

	private static MyReviewView mine(Assignment a, EvaluationState state) {
		int scored = state.scoredBy(a.reviewerId());
		int bids = state.bids().size();
		return new MyReviewView(ChallengeRef.of(state.challenge()), a.assignedAt(), a.recused(), a.recusalReason(),
				a.declaredAt(), a.hasConflict(), a.mayReview(), bids, scored, a.mayReview() && scored == bids);
	}

}
