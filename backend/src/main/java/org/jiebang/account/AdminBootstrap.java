package org.jiebang.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.jiebang.audit.AuditService;
import org.jiebang.system.config.JiebangProperties;
import org.jiebang.system.persistence.Ids;
import org.jiebang.system.persistence.Tags;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.util.StringUtils;

/**
 * Creates or updates the administrator named by {@code JIEBANG_ADMIN_USERNAME} and
 * {@code JIEBANG_ADMIN_PASSWORD} at start; ADMIN accounts are never self-registered.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final JiebangProperties.Admin admin;

	private final UserRepository users;

	private final PasswordHashing passwords;

	private final SessionStore sessions;

	private final AuditService audit;

	private final TransactionalOperator transaction;

	private final Clock clock;

	private final DatabaseClient db;

	AdminBootstrap(JiebangProperties properties, UserRepository users, PasswordHashing passwords,
			SessionStore sessions, AuditService audit, TransactionalOperator transaction, Clock clock,
			DatabaseClient db) {
		this.db = db;
		this.admin = properties.admin();
		this.users = users;
		this.passwords = passwords;
		this.sessions = sessions;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(this.admin.username()) || !StringUtils.hasText(this.admin.password())) {
			return;
		}
		// Start-up runs on the main thread, before traffic: waiting here is intended.
		// The audit head lock serializes instances that start together on one database.
		this.db.sql("SELECT last_seq FROM audit_head WHERE id = 1 FOR UPDATE")
			.fetch()
			.rowsUpdated()
			.then(ensureAdmin(AccountService.normalizeUsername(this.admin.username()), this.admin.password()))
			.as(this.transaction::transactional)
			.block(Duration.ofMinutes(1));
	}

	Mono<Void> ensureAdmin(String username, String password) {
		return this.users.findByUsername(username)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap(found -> found.isEmpty() ? create(username, password)
					: this.passwords.matches(password, found.get().passwordHash())
						.flatMap(same -> same && found.get().role() == Role.ADMIN && found.get().enabled()
								? Mono.<Void>empty() : update(found.get(), password)));
	}

	private Mono<Void> update(UserAccount existing, String password) {
		if (existing.role() != Role.ADMIN) {
			log.error("JIEBANG_ADMIN_USERNAME '{}' belongs to a {} account; not changed", existing.username(),
					existing.role());
			return Mono.empty();
		}
		return this.passwords.hash(password)
			.flatMap(hash -> this.users.save(existing.withPassword(hash, existing.displayName(), true)))
			.flatMap(saved -> this.sessions.revokeAll(saved.id())
				.then(this.audit.record(Actor.system(), "ADMIN_PASSWORD_SET", "user", saved.id(), Map.of(),
						Map.of("username", saved.username()))))
			.doOnSuccess(v -> log.info("Updated the password of administrator '{}'", existing.username()));
	}

	private Mono<Void> create(String username, String password) {
		return this.passwords.hash(password)
			.flatMap(hash -> this.users.save(new UserAccount(Ids.newId(), username, hash, username, null, Role.ADMIN,
					null, null, Tags.empty(), true, this.clock.instant(), null)))
			.flatMap(saved -> this.audit.record(Actor.system(), "ADMIN_CREATED", "user", saved.id(), Map.of(),
					Map.of("username", saved.username(), "role", Role.ADMIN)))
			.doOnSuccess(v -> log.info("Created administrator '{}'", username));
	}

}
