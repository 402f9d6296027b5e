package org.jiebang.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.jiebang.challenge.ChallengeType;
import org.jiebang.challenge.IpTerms;
import org.jiebang.system.web.Paging;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;

/** Persistence of results summaries and the public showcase query. */
@Component
class ResultStore {

	private static final String SELECT = """
			SELECT r.*, d.challenge_title, d.firm_organization_id, o.name AS firm_name, d.lab_id, d.lab_name,
			       d.lab_organization_id, d.lab_organization_name, d.amount, d.completed_at
			FROM delivery_results r JOIN deliveries d ON d.challenge_id = r.challenge_id
			JOIN organizations o ON o.id = d.firm_organization_id""";

	private final DatabaseClient db;

	ResultStore(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * A results summary to write.
	 *
	 * @param id the summary
	 * @param challengeId the challenge
	 * @param request the text
	 * @param ipTerms the challenge's IP terms
	 * @param chain industry chain
	 * @param type challenge type
	 * @param province region
	 * @param by who
	 * @param role their role
	 * @param now when
	 */
	record Draft(UUID id, UUID challengeId, ResultsRequest request, IpTerms ipTerms, String chain, ChallengeType type,
			String province, UUID by, String role, Instant now) {
	}

	Mono<UUID> idFor(UUID challengeId) {
		return this.db.sql("SELECT id FROM delivery_results WHERE challenge_id = :c")
			.bind("c", challengeId)
			.map(row -> row.get("id", UUID.class))
			.one();
	}

	Mono<Void> insert(Draft d) {
		return this.db.sql("""
				INSERT INTO delivery_results (id, challenge_id, title, summary, outcomes, ip_terms, industry_chain,
				    challenge_type, province, published_by, published_by_role, published_at, updated_at)
				VALUES (:id, :c, :title, :summary, :outcomes, :ip, :chain, :type, :province, :by, :role, :now, :now)""")
			.bind("id", d.id())
			.bind("c", d.challengeId())
			.bind("title", d.request().title().strip())
			.bind("summary", d.request().summary().strip())
			.bind("outcomes", Parameter.fromOrEmpty(outcomes(d.request()), String.class))
			.bind("ip", d.ipTerms().name())
			.bind("chain", Parameter.fromOrEmpty(d.chain(), String.class))
			.bind("type", Parameter.fromOrEmpty(d.type() == null ? null : d.type().name(), String.class))
			.bind("province", Parameter.fromOrEmpty(d.province(), String.class))
			.bind("by", d.by())
			.bind("role", d.role())
			.bind("now", DeliveryStore.utc(d.now()))
			.then();
	}

	Mono<Void> update(Draft d) {
		return this.db.sql("""
				UPDATE delivery_results SET title = :title, summary = :summary, outcomes = :outcomes, updated_at = :now,
				    version = version + 1 WHERE id = :id""")
			.bind("title", d.request().title().strip())
			.bind("summary", d.request().summary().strip())
			.bind("outcomes", Parameter.fromOrEmpty(outcomes(d.request()), String.class))
			.bind("now", DeliveryStore.utc(d.now()))
			.bind("id", d.id())
			.then();
	}

	Mono<ResultView> find(UUID id) {
		return this.db.sql(SELECT + " WHERE r.id = :id").bind("id", id).map(ResultStore::view).one();
	}

	/** A page of the showcase, newest first, filtered by chain, type and region. */
	Mono<List<ResultView>> page(String chain, ChallengeType type, String province, Paging paging) {
		Map<String, Object> binds = new LinkedHashMap<>();
		String where = where(chain, type, province, binds);
		DatabaseClient.GenericExecuteSpec spec = this.db.sql(SELECT + where
				+ " ORDER BY r.published_at DESC, r.id LIMIT " + paging.size() + " OFFSET " + paging.offset());
		for (Map.Entry<String, Object> bind : binds.entrySet()) {
			spec = spec.bind(bind.getKey(), bind.getValue());
		}
		return spec.map(ResultStore::view).all().collectList();
	}

	Mono<Long> count(String chain, ChallengeType type, String province) {
		Map<String, Object> binds = new LinkedHashMap<>();
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("SELECT COUNT(*) AS n FROM delivery_results r" + where(chain, type, province, binds));
		for (Map.Entry<String, Object> bind : binds.entrySet()) {
			spec = spec.bind(bind.getKey(), bind.getValue());
		}
		return spec.map(row -> ((Number) row.get("n")).longValue()).one();
	}

	private static String where(String chain, ChallengeType type, String province, Map<String, Object> binds) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (chain != null) {
			where.append(" AND r.industry_chain = :chain");
			binds.put("chain", chain);
		}
		if (type != null) {
			where.append(" AND r.challenge_type = :type");
			binds.put("type", type.name());
		}
		if (province != null) {
			where.append(" AND r.province = :province");
			binds.put("province", province);
		}
		return where.toString();
	}

	private static String outcomes(ResultsRequest request) {
		return request.outcomes() == null || request.outcomes().isBlank() ? null : request.outcomes().strip();
	}

	private static ResultView view(Readable row) {
		String type = row.get("challenge_type", String.class);
		return new ResultView(row.get("id", UUID.class), row.get("challenge_id", UUID.class),
				row.get("challenge_title", String.class), row.get("title", String.class), row.get("summary", String.class),
				row.get("outcomes", String.class), IpTerms.valueOf(row.get("ip_terms", String.class)),
				row.get("industry_chain", String.class), type == null ? null : ChallengeType.valueOf(type),
				row.get("province", String.class),
				new ResultView.FirmRef(row.get("firm_organization_id", UUID.class), row.get("firm_name", String.class)),
				new DeliveryView.LabRef(row.get("lab_id", UUID.class), row.get("lab_name", String.class),
						row.get("lab_organization_id", UUID.class), row.get("lab_organization_name", String.class)),
				row.get("amount", BigDecimal.class), DeliveryStore.instant(row, "completed_at"),
				row.get("published_by_role", String.class), DeliveryStore.instant(row, "published_at"),
				DeliveryStore.instant(row, "updated_at"));
	}

}
