package org.jiebang.seed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jiebang.account.Actor;
import org.jiebang.audit.AuditService;
import org.jiebang.bid.BidCommitment;
import org.jiebang.bid.Partner;
import org.jiebang.bid.PlannedMilestone;
import org.jiebang.bid.TeamMember;
import org.jiebang.challenge.CapabilityTags;
import org.jiebang.search.SearchOutbox;
import org.jiebang.system.persistence.Ids;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Writes the demo organizations, labs, users, challenges and bids of {@code seeds/demo}, and the late states
 * (evaluation, award, announcement, delivery, results) of {@link LateStateSeeder}, in one transaction, with
 * dates relative to now, like a data migration: it runs only on an empty database.
 */
@Component
class DemoDataLoader {

	static final String SEED_NAME = "demo-v1";

	private final DatabaseClient db;

	private final JsonMapper json;

	private final AuditService audit;

	private final TransactionalOperator transaction;

	private final Clock clock;

	private final SearchOutbox outbox;

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	DemoDataLoader(DatabaseClient db, JsonMapper json, AuditService audit, TransactionalOperator transaction,
			Clock clock, SearchOutbox outbox) {
		this.outbox = outbox;
		this.db = db;
		this.json = json;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Loads the demo set when neither it nor any organization exists yet; answers whether it loaded. The
	 * check and the load run in one transaction that first locks the audit head, so instances starting
	 * together on one database load it once.
	 */
	Mono<Boolean> loadIfEmpty() {
		return Mono.fromCallable(this::read)
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(files -> lockedCheckAndLoad(files).as(this.transaction::transactional));
	}

	private Mono<Boolean> lockedCheckAndLoad(Files files) {
		Mono<Void> lock = this.db.sql("SELECT last_seq FROM audit_head WHERE id = 1 FOR UPDATE").fetch().rowsUpdated().then();
		Mono<Boolean> empty = this.db.sql("SELECT COUNT(*) AS n FROM organizations")
			.map((row, meta) -> row.get("n", Long.class) == 0)
			.one();
		Mono<Boolean> recorded = this.db.sql("SELECT COUNT(*) AS n FROM seed_runs WHERE name = :name")
			.bind("name", SEED_NAME)
			.map((row, meta) -> row.get("n", Long.class) > 0)
			.one();
		return lock.then(Mono.zip(empty, recorded))
			.flatMap(t -> t.getT1() && !t.getT2() ? load(files).then(queueForSearch()).thenReturn(true)
					: Mono.just(false));
	}

	/**
	 * Queues every loaded challenge and lab for the search index, in the loading transaction, as every other
	 * change does: the index writers of all instances pick them up from the outbox.
	 */
	private Mono<Void> queueForSearch() {
		Flux<UUID> challenges = this.db.sql("SELECT id FROM challenges ORDER BY id")
			.map((row, meta) -> row.get("id", UUID.class))
			.all();
		Flux<UUID> labs = this.db.sql("SELECT id FROM labs ORDER BY id").map((row, meta) -> row.get("id", UUID.class)).all();
		return challenges.collectList()
			.flatMapMany(ids -> Flux.fromIterable(ids).concatMap(id -> this.outbox.changed(SearchOutbox.EntityType.CHALLENGE, id)))
			.thenMany(labs.collectList()
				.flatMapMany(ids -> Flux.fromIterable(ids).concatMap(id -> this.outbox.changed(SearchOutbox.EntityType.LAB, id))))
			.then();
	}

	/** The parsed seed files. */
	record Files(List<JsonNode> organizations, List<JsonNode> labs, List<JsonNode> users, List<JsonNode> challenges,
			List<JsonNode> bids, List<JsonNode> awards, List<JsonNode> delivery) {
	}

	private Files read() {
		return new Files(SeedFiles.read(this.json, "organizations.json"), SeedFiles.read(this.json, "labs.json"),
				SeedFiles.read(this.json, "users.json"), SeedFiles.read(this.json, "challenges.json"),
				SeedFiles.read(this.json, "bids.json"), SeedFiles.read(this.json, "awards.json"),
				SeedFiles.read(this.json, "delivery.json"));
	}

	private Mono<Void> load(Files files) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Keys keys = new Keys();
		return organizations(files, keys, now).then(labs(files, keys, now))
			.then(users(files, keys, now))
			.then(challenges(files, keys, now))
			.then(bids(files, keys, now))
			.then(Mono.defer(() -> new LateStateSeeder(this.db, this.json, keys, now)
				.load(files.awards(), files.delivery())))
			.then(this.db.sql("INSERT INTO seed_runs (name, loaded_at) VALUES (:name, :at)")
				.bind("name", SEED_NAME)
				.bind("at", utc(now))
				.then())
			.then(Mono.defer(() -> this.audit.record(Actor.system(), "SEED_LOADED", "seed", SEED_NAME, Map.of(),
					keys.counts())));
	}

	/** Keys of the seed files mapped to the ids they received. */
	static final class Keys {

		final Map<String, UUID> organizations = new HashMap<>();

		final Map<String, UUID> organizationOfLab = new HashMap<>();

		final Map<String, UUID> labs = new HashMap<>();

		final Map<String, UUID> labCreator = new HashMap<>();

		final Map<String, UUID> orgCreator = new HashMap<>();

		final Map<String, UUID> challenges = new HashMap<>();

		final Map<String, Integer> bidCounts = new HashMap<>();

		final Map<String, UUID> users = new HashMap<>();

		final Map<String, String> names = new HashMap<>();

		final Map<String, String> organizationKeyOfLab = new HashMap<>();

		final Map<String, JsonNode> challengeNodes = new HashMap<>();

		/** Bids by {@code challengeKey/labKey}. */
		final Map<String, SeedBid> bids = new HashMap<>();

		UUID admin;

		Map<String, Object> counts() {
			Map<String, Object> counts = new LinkedHashMap<>();
			counts.put("organizations", this.organizations.size());
			counts.put("labs", this.labs.size());
			counts.put("challenges", this.challenges.size());
			counts.put("bids", this.bids.size());
			return counts;
		}

	}

	private Mono<Void> organizations(Files files, Keys keys, Instant now) {
		return Flux.fromIterable(files.organizations()).concatMap(org -> {
			UUID id = Ids.newId();
			keys.organizations.put(SeedFiles.text(org, "key"), id);
			keys.names.put(SeedFiles.text(org, "key"), SeedFiles.text(org, "name"));
			boolean verified = org.path("verified").asBoolean(true);
			return this.db.sql("""
					INSERT INTO organizations (id, name, type, credit_code, province, city, verified, verified_at,
					    invitation_code, created_at)
					VALUES (:id, :name, :type, :code, :province, :city, :verified, :verifiedAt, :invitation, :created)""")
				.bind("id", id)
				.bind("name", SeedFiles.text(org, "name"))
				.bind("type", SeedFiles.text(org, "type"))
				.bind("code", SeedFiles.text(org, "creditCode"))
				.bind("province", SeedFiles.text(org, "province"))
				.bind("city", SeedFiles.text(org, "city"))
				.bind("verified", verified)
				.bind("verifiedAt", Parameter.fromOrEmpty(verified ? utc(now.minus(Duration.ofDays(60))) : null, OffsetDateTime.class))
				.bind("invitation", Ids.randomCode(10))
				.bind("created", utc(now.minus(Duration.ofDays(90))))
				.then();
		}).then();
	}

	private Mono<Void> labs(Files files, Keys keys, Instant now) {
		return Flux.fromIterable(files.labs()).concatMap(lab -> {
			UUID id = Ids.newId();
			String key = SeedFiles.text(lab, "key");
			UUID org = keys.organizations.get(SeedFiles.text(lab, "organization"));
			keys.labs.put(key, id);
			keys.names.put(key, SeedFiles.text(lab, "name"));
			keys.organizationKeyOfLab.put(key, SeedFiles.text(lab, "organization"));
			keys.organizationOfLab.put(key, org);
			return this.db.sql("""
					INSERT INTO labs (id, organization_id, name, leader, summary, research_fields, keywords,
					    capabilities, achievements, facilities, team_size, province, city, invitation_code,
					    created_at, updated_at)
					VALUES (:id, :org, :name, :leader, :summary, :fields, :keywords, :capabilities, :achievements,
					    :facilities, :teamSize, :province, :city, :invitation, :created, :created)""")
				.bind("id", id)
				.bind("org", org)
				.bind("name", SeedFiles.text(lab, "name"))
				.bind("leader", SeedFiles.text(lab, "leader"))
				.bind("summary", SeedFiles.text(lab, "summary"))
				.bind("fields", this.json.writeValueAsString(lab.get("researchFields")))
				.bind("keywords", this.json.writeValueAsString(lab.get("keywords")))
				.bind("capabilities", SeedFiles.text(lab, "capabilities"))
				.bind("achievements", SeedFiles.text(lab, "achievements"))
				.bind("facilities", SeedFiles.text(lab, "facilities"))
				.bind("teamSize", SeedFiles.integer(lab, "teamSize"))
				.bind("province", SeedFiles.text(lab, "province"))
				.bind("city", SeedFiles.text(lab, "city"))
				.bind("invitation", Ids.randomCode(10))
				.bind("created", utc(now.minus(Duration.ofDays(80))))
				.then();
		}).then();
	}

	private Mono<Void> users(Files files, Keys keys, Instant now) {
		return Flux.fromIterable(files.users())
			.flatMapSequential(user -> Mono.fromCallable(() -> this.encoder.encode(SeedFiles.text(user, "password")))
				.subscribeOn(Schedulers.boundedElastic())
				.map(hash -> Map.entry(user, hash)), 4)
			.concatMap(entry -> insertUser(keys, entry.getKey(), entry.getValue(), now))
			.then();
	}

	private Mono<Void> insertUser(Keys keys, JsonNode user, String hash, Instant now) {
		UUID id = Ids.newId();
		keys.users.put(SeedFiles.text(user, "username").toLowerCase(java.util.Locale.ROOT), id);
		String role = SeedFiles.text(user, "role");
		String labKey = SeedFiles.text(user, "lab");
		String orgKey = SeedFiles.text(user, "organization");
		UUID lab = labKey == null ? null : keys.labs.get(labKey);
		UUID org = lab != null ? keys.organizationOfLab.get(labKey) : orgKey == null ? null : keys.organizations.get(orgKey);
		if (lab != null) {
			keys.labCreator.putIfAbsent(labKey, id);
		}
		if ("FIRM".equals(role)) {
			keys.orgCreator.putIfAbsent(orgKey, id);
		}
		if ("ADMIN".equals(role) && keys.admin == null) {
			keys.admin = id;
		}
		JsonNode expertise = user.get("expertise");
		return this.db.sql("""
				INSERT INTO users (id, username, password_hash, display_name, email, role, organization_id, lab_id,
				    expertise, enabled, created_at)
				VALUES (:id, :username, :hash, :name, :email, :role, :org, :lab, :expertise, TRUE, :created)""")
			.bind("id", id)
			.bind("username", SeedFiles.text(user, "username").toLowerCase(java.util.Locale.ROOT))
			.bind("hash", hash)
			.bind("name", SeedFiles.text(user, "displayName"))
			.bind("email", Parameter.fromOrEmpty(SeedFiles.text(user, "email"), String.class))
			.bind("role", role)
			.bind("org", Parameter.fromOrEmpty(org, UUID.class))
			.bind("lab", Parameter.fromOrEmpty(lab, UUID.class))
			.bind("expertise", expertise == null ? "[]" : this.json.writeValueAsString(expertise))
			.bind("created", utc(now.minus(Duration.ofDays(70))))
			.then();
	}

	private Mono<Void> challenges(Files files, Keys keys, Instant now) {
		for (JsonNode bid : files.bids()) {
			if (!List.of("DRAFT", "WITHDRAWN").contains(SeedFiles.text(bid, "status"))) {
				keys.bidCounts.merge(SeedFiles.text(bid, "challenge"), 1, Integer::sum);
			}
		}
		return Flux.fromIterable(files.challenges())
			.concatMap(challenge -> new SeedChallenge(challenge, keys, now, this.json).insert(this.db))
			.then();
	}

	private Mono<Void> bids(Files files, Keys keys, Instant now) {
		return Flux.fromIterable(files.bids()).concatMap(bid -> {
			UUID id = Ids.newId();
			String labKey = SeedFiles.text(bid, "lab");
			UUID challenge = keys.challenges.get(SeedFiles.text(bid, "challenge"));
			UUID lab = keys.labs.get(labKey);
			List<TeamMember> team = list(bid.get("team"), TeamMember.class);
			List<Partner> partners = list(bid.get("partners"), Partner.class);
			List<PlannedMilestone> plan = list(bid.get("milestonePlan"), PlannedMilestone.class);
			BigDecimal quoted = new BigDecimal(SeedFiles.text(bid, "quotedAmount"));
			String commitment = BidCommitment.compute(new BidCommitment.Content(id, challenge, lab,
					SeedFiles.text(bid, "summary"), SeedFiles.text(bid, "technicalApproach"), quoted,
					SeedFiles.integer(bid, "deliveryMonths"), team, partners, plan,
					SeedFiles.text(bid, "conflictDeclaration"), List.of()));
			Integer daysAgo = SeedFiles.integer(bid, "submittedDaysAgo");
			Instant submitted = now.minus(Duration.ofDays(daysAgo == null ? 20 : daysAgo));
			keys.bids.put(SeedFiles.text(bid, "challenge") + "/" + labKey, new SeedBid(id, labKey, lab,
					keys.organizationOfLab.get(labKey), quoted, plan));
			return this.db.sql("""
					INSERT INTO bids (id, challenge_id, lab_id, organization_id, created_by, status, summary,
					    technical_approach, quoted_amount, delivery_months, team, partners, milestone_plan,
					    conflict_declaration, conflict_affirmed, commitment, submitted_at, created_at, updated_at)
					VALUES (:id, :challenge, :lab, :org, :creator, :status, :summary, :approach, :quoted, :months,
					    :team, :partners, :plan, :conflict, TRUE, :commitment, :submitted, :created, :submitted)""")
				.bind("id", id)
				.bind("challenge", challenge)
				.bind("lab", lab)
				.bind("org", keys.organizationOfLab.get(labKey))
				.bind("creator", keys.labCreator.get(labKey))
				.bind("status", SeedFiles.text(bid, "status"))
				.bind("summary", SeedFiles.text(bid, "summary"))
				.bind("approach", SeedFiles.text(bid, "technicalApproach"))
				.bind("quoted", quoted)
				.bind("months", SeedFiles.integer(bid, "deliveryMonths"))
				.bind("team", this.json.writeValueAsString(team))
				.bind("partners", this.json.writeValueAsString(partners))
				.bind("plan", this.json.writeValueAsString(plan))
				.bind("conflict", SeedFiles.text(bid, "conflictDeclaration"))
				.bind("commitment", commitment)
				.bind("submitted", utc(submitted))
				.bind("created", utc(submitted.minus(Duration.ofDays(2))))
				.then();
		}).then();
	}

	private <T> List<T> list(JsonNode node, Class<T> type) {
		if (node == null || node.isNull()) {
			return List.of();
		}
		return this.json.readValue(this.json.writeValueAsString(node),
				this.json.getTypeFactory().constructCollectionType(List.class, type));
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static List<String> tags(JsonNode node) {
		if (node == null || node.isNull()) {
			return List.of();
		}
		List<String> raw = new java.util.ArrayList<>();
		node.forEach(n -> raw.add(n.asString()));
		return CapabilityTags.normalizeAll(raw);
	}

}
