package org.jiebang.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.audit.AuditService;
import org.jiebang.lab.LabService;
import org.jiebang.lab.LabSummary;
import org.jiebang.system.persistence.Ids;
import org.jiebang.system.persistence.Tags;
import org.jiebang.system.web.ProblemException;
import org.jiebang.system.web.Problems;
import org.jiebang.taxonomy.TaxonomyService;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Registration, sign-in, sign-out and the current user (SPEC §1). */
@Service
public class AccountService {

	private final UserRepository users;

	private final OrganizationRepository organizations;

	private final LabService labs;

	private final PasswordHashing passwords;

	private final SessionStore sessions;

	private final LoginThrottle throttle;

	private final AuditService audit;

	private final TaxonomyService taxonomy;

	private final Clock clock;

	AccountService(UserRepository users, OrganizationRepository organizations, LabService labs,
			PasswordHashing passwords, SessionStore sessions, LoginThrottle throttle, AuditService audit,
			TaxonomyService taxonomy, Clock clock) {
		this.users = users;
		this.organizations = organizations;
		this.labs = labs;
		this.passwords = passwords;
		this.sessions = sessions;
		this.throttle = throttle;
		this.audit = audit;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	/** A user who just signed in: who they are and their new session. */
	public record SignedIn(MeView me, String token, java.time.Instant expiresAt) {
	}

	static String normalizeUsername(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	@Transactional
	public Mono<SignedIn> register(RegisterRequest request) {
		checkRegistration(request);
		String username = normalizeUsername(request.username());
		return this.users.findByUsername(username)
			.flatMap(existing -> Mono.<UserAccount>error(usernameTaken()))
			.then(this.passwords.hash(request.password()))
			.flatMap(hash -> membership(request).flatMap(m -> createUser(request, username, hash, m)))
			.onErrorMap(DuplicateKeyException.class, ex -> usernameTaken())
			.flatMap(user -> this.sessions.open(user.id())
				.flatMap(opened -> me(user).map(me -> new SignedIn(me, opened.token(), opened.expiresAt()))));
	}

	private void checkRegistration(RegisterRequest request) {
		if (request.role() != Role.FIRM && request.role() != Role.LAB) {
			throw Problems.invalid("role", "Registrable", "validation.role-registrable");
		}
		boolean joining = StringUtils.hasText(request.invitationCode());
		if (joining == (request.organization() != null)) {
			throw Problems.invalid("organization", "OrganizationOrInvitation", "validation.organization-or-invitation");
		}
		if (!joining) {
			RegisterRequest.OrganizationInput org = request.organization();
			if (!this.taxonomy.isRegion(org.province())) {
				throw Problems.invalid("organization.province", "Region", "validation.region-unknown");
			}
			if (!org.type().admits(request.role())) {
				throw Problems.invalid("organization.type", "RoleAdmitted", "validation.organization-type-role",
						org.type(), request.role());
			}
		}
	}

	/** Where the new user belongs: an organization and, for LAB users, a lab. */
	private record Membership(Organization organization, UUID labId) {
	}

	private Mono<Membership> membership(RegisterRequest request) {
		if (request.organization() != null) {
			return createOrganization(request.organization()).flatMap(org -> labFor(request, org, null));
		}
		String code = request.invitationCode().strip().toUpperCase(Locale.ROOT);
		Mono<Membership> viaLab = this.labs.findByInvitationCode(code)
			.flatMap(lab -> this.organizations.findById(lab.organizationId()).map(org -> new Membership(org, lab.id())));
		Mono<Membership> viaOrganization = this.organizations.findByInvitationCode(code)
			.flatMap(org -> labFor(request, org, null));
		return viaLab.switchIfEmpty(viaOrganization)
			.switchIfEmpty(Mono.error(Problems.invalid("invitationCode", "Unknown", "validation.invitation-unknown")))
			.flatMap(m -> admits(m, request.role()));
	}

	private Mono<Membership> admits(Membership membership, Role role) {
		if (!membership.organization().type().admits(role) || (role == Role.FIRM && membership.labId() != null)) {
			return Mono.error(Problems.invalid("invitationCode", "RoleAdmitted", "validation.organization-type-role",
					membership.organization().type(), role));
		}
		return Mono.just(membership);
	}

	private Mono<Membership> labFor(RegisterRequest request, Organization org, UUID existingLab) {
		if (request.role() != Role.LAB || existingLab != null) {
			return Mono.just(new Membership(org, existingLab));
		}
		String name = StringUtils.hasText(request.labName()) ? request.labName().strip()
				: request.displayName().strip() + " · " + org.name();
		return this.labs.createForNewMember(org.id(), truncate(name, 120), org.province(), org.city())
			.map(LabSummary::id)
			.map(labId -> new Membership(org, labId));
	}

	private Mono<Organization> createOrganization(RegisterRequest.OrganizationInput input) {
		String creditCode = CreditCodes.normalize(input.creditCode());
		Organization org = new Organization(Ids.newId(), input.name().strip(), input.type(), creditCode,
				input.province(), input.city().strip(), false, null, null, Ids.randomCode(10), this.clock.instant(),
				null);
		return this.organizations.findByCreditCode(creditCode)
			.flatMap(existing -> Mono.<Organization>error(creditCodeTaken()))
			.then(this.organizations.save(org))
			.onErrorMap(DuplicateKeyException.class, ex -> creditCodeTaken());
	}

	private Mono<UserAccount> createUser(RegisterRequest request, String username, String hash, Membership m) {
		UserAccount user = new UserAccount(Ids.newId(), username, hash, request.displayName().strip(),
				StringUtils.hasText(request.email()) ? request.email().strip() : null, request.role(),
				m.organization().id(), m.labId(), Tags.empty(), true, this.clock.instant(), null);
		Actor actor = new Actor(user.id(), username, user.displayName(), user.role(), m.organization().id(),
				m.labId(), null);
		return this.users.save(user)
			.flatMap(saved -> this.audit
				.record(actor, "USER_REGISTERED", "user", saved.id(), Map.of(),
						Map.of("role", saved.role(), "organizationId", m.organization().id(), "username", username))
				.thenReturn(saved));
	}

	/** Checks credentials under the login throttle and opens a session. */
	public Mono<SignedIn> login(LoginRequest request, String address) {
		String username = normalizeUsername(request.username());
		return this.throttle.check(username, address)
			.then(this.users.findByUsername(username).map(java.util.Optional::of)
				.defaultIfEmpty(java.util.Optional.empty()))
			.flatMap(found -> this.passwords
				.matches(request.password(), found.map(UserAccount::passwordHash).orElse(null))
				.flatMap(ok -> ok && found.get().enabled() ? succeed(found.get())
						: this.throttle.recordFailure(username, address).then(Mono.error(badCredentials()))));
	}

	private Mono<SignedIn> succeed(UserAccount user) {
		return this.throttle.clear(user.username())
			.then(this.sessions.open(user.id()))
			.flatMap(opened -> me(user).map(me -> new SignedIn(me, opened.token(), opened.expiresAt())));
	}

	public Mono<Void> logout(Actor actor) {
		actor.requireAuthenticated();
		return actor.sessionId() == null ? Mono.empty() : this.sessions.revoke(actor.sessionId());
	}

	/**
	 * Creates an EXPERT account for the expert pool (专家库); only administrators do this.
	 */
	@Transactional
	public Mono<ExpertView> createExpert(Actor actor, CreateExpertRequest request) {
		actor.requireAdmin();
		String username = normalizeUsername(request.username());
		List<String> codes = request.expertise() == null ? List.of() : request.expertise();
		for (int i = 0; i < codes.size(); i++) {
			if (!this.taxonomy.isTechField(codes.get(i))) {
				throw Problems.invalid("expertise[" + i + "]", "Code", "validation.unknown-code");
			}
		}
		Mono<UUID> organization = request.organizationId() == null ? Mono.just(NO_ORGANIZATION)
				: this.organizations.findById(request.organizationId())
					.map(Organization::id)
					.switchIfEmpty(Mono.error(Problems.invalid("organizationId", "Unknown", "validation.unknown-code")));
		return this.users.findByUsername(username)
			.flatMap(existing -> Mono.<UserAccount>error(usernameTaken()))
			.then(Mono.zip(organization, this.passwords.hash(request.password())))
			.flatMap(t -> this.users.save(new UserAccount(Ids.newId(), username, t.getT2(),
					request.displayName().strip(), request.email(), Role.EXPERT,
					t.getT1() == NO_ORGANIZATION ? null : t.getT1(), null, new Tags(List.copyOf(codes)), true,
					this.clock.instant(), null)))
			.onErrorMap(DuplicateKeyException.class, ex -> usernameTaken())
			.flatMap(saved -> this.audit
				.record(actor, "EXPERT_CREATED", "user", saved.id(), Map.of(),
						Map.of("username", saved.username(), "role", Role.EXPERT))
				.then(expertView(saved)));
	}

	private static final UUID NO_ORGANIZATION = new UUID(0, 0);

	/** The expert pool, for administrators. */
	public Mono<List<ExpertView>> experts(Actor actor) {
		actor.requireAdmin();
		return this.users.findByRole(Role.EXPERT).concatMap(this::expertView).collectList();
	}

	/** Facts about any user another feature needs (reviewer recusal, display names); no access check. */
	public Mono<UserFacts> userFacts(UUID userId) {
		return this.users.findById(userId)
			.switchIfEmpty(Mono.error(Problems.notFound("user", userId)))
			.map(u -> new UserFacts(u.id(), u.username(), u.displayName(), u.role(), u.organizationId(), u.labId(),
					u.enabled()));
	}

	private Mono<ExpertView> expertView(UserAccount user) {
		Mono<java.util.Optional<OrganizationView>> org = user.organizationId() == null
				? Mono.just(java.util.Optional.empty())
				: this.organizations.findById(user.organizationId())
					.map(o -> java.util.Optional.of(OrganizationView.of(o, false)))
					.defaultIfEmpty(java.util.Optional.empty());
		return org.map(o -> new ExpertView(user.id(), user.username(), user.displayName(), user.email(),
				o.orElse(null), user.expertise().values(), user.enabled()));
	}

	/** The enabled users of an organization with a role, to notify them. */
	public Mono<java.util.List<UUID>> organizationMembers(UUID organizationId, Role role) {
		return this.users.findByOrganizationId(organizationId)
			.filter(u -> u.enabled() && u.role() == role)
			.map(UserAccount::id)
			.collectList();
	}

	/** The enabled administrators, to notify them (objections, review work). */
	public Mono<java.util.List<UUID>> administrators() {
		return this.users.findByRole(Role.ADMIN).filter(UserAccount::enabled).map(UserAccount::id).collectList();
	}

	/** The enabled members of a lab, to notify them. */
	public Mono<java.util.List<UUID>> labMembers(UUID labId) {
		return this.users.findByLabId(labId).filter(UserAccount::enabled).map(UserAccount::id).collectList();
	}

	public Mono<Actor> authenticate(String token) {
		return this.sessions.authenticate(token);
	}

	public Mono<MeView> me(Actor actor) {
		actor.requireAuthenticated();
		return this.users.findById(actor.userId()).switchIfEmpty(Mono.error(Problems.unauthorized())).flatMap(this::me);
	}

	private Mono<MeView> me(UserAccount user) {
		Mono<java.util.Optional<OrganizationView>> org = user.organizationId() == null
				? Mono.just(java.util.Optional.empty())
				: this.organizations.findById(user.organizationId())
					.map(o -> java.util.Optional.of(OrganizationView.of(o, true)))
					.defaultIfEmpty(java.util.Optional.empty());
		Mono<java.util.Optional<MeView.LabRef>> lab = user.labId() == null ? Mono.just(java.util.Optional.empty())
				: this.labs.find(user.labId())
					.map(l -> java.util.Optional.of(new MeView.LabRef(l.id(), l.name(), l.invitationCode())))
					.defaultIfEmpty(java.util.Optional.empty());
		return Mono.zip(org, lab)
			.map(t -> new MeView(user.id(), user.username(), user.displayName(), user.email(), user.role(),
					t.getT1().orElse(null), t.getT2().orElse(null), user.expertise().values()));
	}

	private static ProblemException usernameTaken() {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/username-taken",
				List.of(new ProblemException.FieldProblem("username", "Taken", "validation.username-taken")),
				"problem.username-taken");
	}

	private static ProblemException creditCodeTaken() {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/organization-exists",
				List.of(new ProblemException.FieldProblem("organization.creditCode", "Taken",
						"validation.credit-code-taken")),
				"problem.organization-exists");
	}

	private static ProblemException badCredentials() {
		return new ProblemException(HttpStatus.UNAUTHORIZED, "/problems/bad-credentials", "problem.bad-credentials");
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
