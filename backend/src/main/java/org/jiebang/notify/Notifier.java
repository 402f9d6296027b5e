package org.jiebang.notify;

import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.AccountService;
import org.jiebang.account.Role;

import org.springframework.stereotype.Component;

/** Addresses notifications to the people behind an organization or a lab. */
@Component
public class Notifier {

	private final NotificationService notifications;

	private final AccountService accounts;

	Notifier(NotificationService notifications, AccountService accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	/** Notifies the FIRM members of an organization. */
	public Mono<Void> firm(UUID organizationId, NotificationKind kind, Map<String, ?> params, String link) {
		return this.accounts.organizationMembers(organizationId, Role.FIRM)
			.flatMap(users -> this.notifications.notify(users, kind, params, link));
	}

	/** Notifies the members of a lab. */
	public Mono<Void> lab(UUID labId, NotificationKind kind, Map<String, ?> params, String link) {
		return this.accounts.labMembers(labId).flatMap(users -> this.notifications.notify(users, kind, params, link));
	}

	/** Notifies every administrator. */
	public Mono<Void> administrators(NotificationKind kind, Map<String, ?> params, String link) {
		return this.accounts.administrators().flatMap(users -> this.notifications.notify(users, kind, params, link));
	}

	/** Notifies users directly. */
	public Mono<Void> users(java.util.Collection<UUID> userIds, NotificationKind kind, Map<String, ?> params,
			String link) {
		return this.notifications.notify(userIds, kind, params, link);
	}

}
