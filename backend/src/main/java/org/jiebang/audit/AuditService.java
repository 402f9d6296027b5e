package org.jiebang.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.jiebang.account.Actor;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Service;

/**
 * Appends to and verifies the audit log. Appends join the caller's transaction, so an entry exists exactly
 * when the change it records was committed.
 */
@Service
public class AuditService {

	static final String GENESIS = "0".repeat(64);

	private static final int SUMMARY_LIMIT = 4000;

	private final DatabaseClient db;

	private final Clock clock;

	private final JsonMapper json;

	AuditService(DatabaseClient db, Clock clock, JsonMapper json) {
		this.db = db;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * Records a change: who did what to which entity, with summaries of the state before and after.
	 * Must run inside the transaction that makes the change.
	 */
	public Mono<Void> record(Actor actor, String action, String entityType, Object entityId,
			Map<String, ?> before, Map<String, ?> after) {
		return record(actor, action, entityType, entityId, before, after, null);
	}

	/**
	 * Records a change about a sealed bid: the entry exists and is chained at once, but viewers see it only
	 * after the challenge closes, so the log cannot reveal who bid or count bids by status before then.
	 */
	public Mono<Void> recordSealed(Actor actor, String action, String entityType, Object entityId,
			Map<String, ?> before, Map<String, ?> after, UUID challengeId) {
		return record(actor, action, entityType, entityId, before, after, challengeId);
	}

	private Mono<Void> record(Actor actor, String action, String entityType, Object entityId,
			Map<String, ?> before, Map<String, ?> after, UUID sealedUntilCloseOf) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		return this.db.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
			.map((row, meta) -> new Object[] { row.get("last_seq", Long.class), row.get("last_hash", String.class) })
			.one()
			.flatMap(head -> {
				long seq = (Long) head[0] + 1;
				String prev = (String) head[1];
				AuditEntry draft = new AuditEntry(seq, now, actor.userId(), actor.username(), roleOf(actor), action,
						entityType, String.valueOf(entityId), summary(before), summary(after), prev, "");
				String hash = sha256(prev + draft.canonical());
				return insert(draft, hash, sealedUntilCloseOf).then(this.db
					.sql("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
					.bind("seq", seq)
					.bind("hash", hash)
					.then());
			});
	}

	private Mono<Void> insert(AuditEntry e, String hash, UUID sealedUntilCloseOf) {
		DatabaseClient.GenericExecuteSpec spec = this.db.sql("""
				INSERT INTO audit_log (seq, occurred_at, actor_id, actor_name, actor_role, action, entity_type,
				    entity_id, before_summary, after_summary, prev_hash, hash, sealed_until_close_of)
				VALUES (:seq, :at, :actorId, :actorName, :actorRole, :action, :entityType, :entityId, :before,
				    :after, :prev, :hash, :sealed)""")
			.bind("seq", e.seq())
			.bind("at", e.occurredAt().atOffset(java.time.ZoneOffset.UTC))
			.bind("actorName", e.actorName())
			.bind("actorRole", e.actorRole())
			.bind("action", e.action())
			.bind("entityType", e.entityType())
			.bind("entityId", e.entityId())
			.bind("before", e.before())
			.bind("after", e.after())
			.bind("prev", e.prevHash())
			.bind("hash", hash)
			.bind("sealed", Parameter.fromOrEmpty(sealedUntilCloseOf, UUID.class));
		spec = e.actorId() == null ? spec.bindNull("actorId", UUID.class) : spec.bind("actorId", e.actorId());
		return spec.then();
	}

	/** A page of entries, newest first, optionally filtered by entity, action or actor. */
	public Mono<PageView<AuditEntry>> search(Actor actor, AuditQuery query, Paging paging) {
		actor.requireAdmin();
		// Entries about sealed bids stay hidden until their challenge closes.
		StringBuilder where = new StringBuilder(" WHERE (sealed_until_close_of IS NULL OR EXISTS (SELECT 1 FROM "
				+ "challenges c WHERE c.id = audit_log.sealed_until_close_of AND c.closed_at IS NOT NULL))");
		Map<String, Object> binds = new TreeMap<>();
		query.appendTo(where, binds);
		DatabaseClient.GenericExecuteSpec count = bindAll(this.db.sql("SELECT COUNT(*) AS n FROM audit_log" + where),
				binds);
		DatabaseClient.GenericExecuteSpec page = bindAll(this.db.sql("SELECT * FROM audit_log" + where
				+ " ORDER BY seq DESC LIMIT " + paging.size() + " OFFSET " + paging.offset()), binds);
		return Mono.zip(count.map((row, meta) -> row.get("n", Long.class)).one(),
				page.map((row, meta) -> AuditRows.entry(row)).all().collectList())
			.map(t -> paging.view(t.getT2(), t.getT1()));
	}

	/** Walks the whole chain and reports the first entry whose link or content does not match. */
	public Mono<ChainVerification> verify(Actor actor) {
		actor.requireAdmin();
		return verifyChain();
	}

	/** Verifies the chain without an access check, for jobs and tests. */
	public Mono<ChainVerification> verifyChain() {
		Flux<AuditEntry> entries = this.db.sql("SELECT * FROM audit_log ORDER BY seq")
			.map((row, meta) -> AuditRows.entry(row))
			.all();
		List<Object> state = new ArrayList<>(List.of(GENESIS, 0L));
		return entries.concatMap(entry -> {
			String expectedPrev = (String) state.get(0);
			long expectedSeq = (Long) state.get(1) + 1;
			if (entry.seq() != expectedSeq) {
				return Mono.just(ChainVerification.broken(entry.seq(), "sequence gap before this entry"));
			}
			if (!entry.prevHash().equals(expectedPrev)) {
				return Mono.just(ChainVerification.broken(entry.seq(), "previous-hash link does not match"));
			}
			if (!sha256(entry.prevHash() + entry.canonical()).equals(entry.hash())) {
				return Mono.just(ChainVerification.broken(entry.seq(), "content does not match its hash"));
			}
			state.set(0, entry.hash());
			state.set(1, entry.seq());
			return Mono.empty();
		}).next().switchIfEmpty(Mono.fromSupplier(() -> ChainVerification.ok((Long) state.get(1))));
	}

	private static DatabaseClient.GenericExecuteSpec bindAll(DatabaseClient.GenericExecuteSpec spec,
			Map<String, Object> binds) {
		DatabaseClient.GenericExecuteSpec bound = spec;
		for (Map.Entry<String, Object> bind : binds.entrySet()) {
			bound = bound.bind(bind.getKey(), bind.getValue());
		}
		return bound;
	}

	private String summary(Map<String, ?> values) {
		if (values == null || values.isEmpty()) {
			return "";
		}
		String text = this.json.writeValueAsString(new TreeMap<>(values));
		return text.length() <= SUMMARY_LIMIT ? text : text.substring(0, SUMMARY_LIMIT - 1) + "…";
	}

	private static String roleOf(Actor actor) {
		return actor.role() == null ? "ANONYMOUS" : actor.role().name();
	}

	static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
