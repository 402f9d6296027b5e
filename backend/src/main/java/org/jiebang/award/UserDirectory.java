package org.jiebang.award;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.AccountService;
import org.jiebang.account.OrganizationService;
import org.jiebang.account.OrganizationView;
import org.jiebang.account.UserFacts;
import org.jiebang.system.web.ProblemException;

import org.springframework.stereotype.Component;

/** Looks up the people behind user ids (reviewers, objectors): names and organizations, for views and recusal. */
@Component
class UserDirectory {

	private final AccountService accounts;

	private final OrganizationService organizations;

	UserDirectory(AccountService accounts, OrganizationService organizations) {
		this.accounts = accounts;
		this.organizations = organizations;
	}

	/** Users by id; unknown ids are left out. */
	Mono<Map<UUID, UserFacts>> users(Collection<UUID> ids) {
		return Flux.fromIterable(Set.copyOf(ids))
			.concatMap(id -> this.accounts.userFacts(id).onErrorResume(ProblemException.class, ex -> Mono.empty()))
			.collectMap(UserFacts::id);
	}

	/** The organizations of the given users and any other organizations, by id. */
	Mono<Map<UUID, OrganizationView>> organizations(Collection<UserFacts> users, UUID... others) {
		Set<UUID> ids = users.stream().map(UserFacts::organizationId).filter(Objects::nonNull).collect(Collectors.toSet());
		for (UUID other : others) {
			if (other != null) {
				ids.add(other);
			}
		}
		return this.organizations.findAll(ids);
	}

	/** The panel of an evaluation as administrators see it. */
	Mono<List<ReviewerView>> views(EvaluationState state) {
		List<UUID> ids = state.assignments().stream().map(Assignment::reviewerId).toList();
		return users(ids).flatMap(users -> organizations(users.values()).map(orgs -> state.assignments()
			.stream()
			.map(a -> view(a, users.get(a.reviewerId()), orgs, state))
			.toList()));
	}

	private static ReviewerView view(Assignment a, UserFacts user, Map<UUID, OrganizationView> orgs,
			EvaluationState state) {
		OrganizationView org = user == null || user.organizationId() == null ? null : orgs.get(user.organizationId());
		return new ReviewerView(a.reviewerId(), user == null ? null : user.username(),
				user == null ? null : user.displayName(), user == null ? null : user.role(),
				org == null ? null : new ReviewerView.OrganizationRef(org.id(), org.name()), a.assignedAt(), a.recused(),
				a.recusalReason(), a.recusalDetail(), a.declaredAt(), a.hasConflict(), a.conflictStatement(),
				state.scoredBy(a.reviewerId()),
				state.bids().size());
	}

	/** Display names by user id, for score views. */
	Mono<Map<UUID, String>> names(Collection<UUID> ids) {
		return users(ids).map(users -> users.values()
			.stream()
			.collect(Collectors.toMap(UserFacts::id, UserFacts::displayName)));
	}

}
