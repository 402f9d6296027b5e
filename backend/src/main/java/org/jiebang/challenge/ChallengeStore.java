package org.jiebang.challenge;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import tools.jackson.databind.json.JsonMapper;

import org.jiebang.system.web.Paging;

import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;

/**
 * Persistence of challenges: conditional state transitions (the database decides races), filtered pages,
 * and the bid counter.
 */
@Component
class ChallengeStore {

	private final R2dbcEntityTemplate template;

	private final DatabaseClient db;

	private final ChallengeRows rows;

	private final MarketCounts marketCounts;

	ChallengeStore(R2dbcEntityTemplate template, DatabaseClient db, JsonMapper json, Clock clock) {
		this.template = template;
		this.db = db;
		this.rows = new ChallengeRows(json);
		this.marketCounts = new MarketCounts(clock);
	}

	Mono<Challenge> find(UUID id) {
		return this.db.sql("SELECT * FROM challenges WHERE id = :id")
			.bind("id", id)
			.map(this.rows::read)
			.one();
	}

	Flux<Challenge> findAll(java.util.Collection<UUID> ids) {
		return ids.isEmpty() ? Flux.empty()
				: this.db.sql("SELECT * FROM challenges WHERE id IN (:ids)")
					.bind("ids", List.copyOf(ids))
					.map(this.rows::read)
					.all();
	}

	/** Every challenge the public may see, in id order, streamed as the database delivers them. */
	Flux<Challenge> streamPublic() {
		return this.db.sql("SELECT * FROM challenges WHERE status IN (:statuses) ORDER BY id")
			.bind("statuses", publicStatusNames())
			.map(this.rows::read)
			.all();
	}

	Mono<Long> countPublic() {
		return this.db.sql("SELECT COUNT(*) AS n FROM challenges WHERE status IN (:statuses)")
			.bind("statuses", publicStatusNames())
			.map((row, meta) -> ((Number) row.get("n")).longValue())
			.one();
	}

	private static List<String> publicStatusNames() {
		return ChallengeStatus.PUBLIC.stream().map(Enum::name).toList();
	}

	Mono<Challenge> insert(Challenge challenge) {
		return this.template.insert(challenge).doOnSuccess(changed -> this.marketCounts.forget());
	}

	Mono<Challenge> update(Challenge challenge) {
		return this.template.update(challenge).doOnSuccess(changed -> this.marketCounts.forget());
	}

	/**
	 * Moves a challenge from one state to another and sets the given columns, only if it is still in the
	 * expected state; answers whether this call made the change.
	 */
	Mono<Boolean> transition(UUID id, ChallengeStatus from, ChallengeStatus to, Instant now,
			Map<String, Object> columns) {
		StringBuilder sql = new StringBuilder("UPDATE challenges SET status = :to, updated_at = :now, version = version + 1");
		Map<String, Object> binds = new LinkedHashMap<>();
		columns.forEach((column, value) -> {
			sql.append(", ").append(column).append(" = :").append(column);
			binds.put(column, value);
		});
		sql.append(" WHERE id = :id AND status = :from");
		DatabaseClient.GenericExecuteSpec spec = this.db.sql(sql.toString())
			.bind("to", to.name())
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.bind("id", id)
			.bind("from", from.name());
		for (Map.Entry<String, Object> bind : binds.entrySet()) {
			spec = spec.bind(bind.getKey(), bind.getValue());
		}
		return spec.fetch().rowsUpdated().map(rows -> rows == 1).doOnSuccess(changed -> this.marketCounts.forget());
	}

	/** Closes a published challenge whose deadline has passed; answers whether this call closed it. */
	Mono<Boolean> closeIfDue(UUID id, Instant now) {
		return this.db.sql("UPDATE challenges SET status = 'CLOSED', closed_at = bid_deadline, updated_at = :now, "
				+ "version = version + 1 WHERE id = :id AND status = 'PUBLISHED' AND bid_deadline <= :now")
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1)
			.doOnSuccess(changed -> this.marketCounts.forget());
	}

	/** Adds to the public bid count (submission +1, withdrawal −1). */
	Mono<Void> addToBidCount(UUID id, int delta) {
		return this.db.sql("UPDATE challenges SET bid_count = bid_count + :delta WHERE id = :id")
			.bind("delta", delta)
			.bind("id", id)
			.then();
	}

	Flux<UUID> dueForClosing(Instant now, int limit) {
		return this.db.sql("SELECT id FROM challenges WHERE status = 'PUBLISHED' AND bid_deadline <= :now "
				+ "ORDER BY bid_deadline LIMIT " + limit)
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.map((row, meta) -> row.get("id", UUID.class))
			.all();
	}

	Mono<List<Challenge>> page(ChallengeFilter filter, Paging paging) {
		Where where = where(filter);
		String sql = "SELECT * FROM challenges" + where.sql + " ORDER BY " + orderBy(filter.sort()) + " LIMIT "
				+ paging.size() + " OFFSET " + paging.offset();
		return where.bind(this.db.sql(sql))
			.map(this.rows::read)
			.all()
			.collectList();
	}

	/** How many challenges the filter matches; the market's totals may be up to {@link MarketCounts#TTL} old. */
	Mono<Long> count(ChallengeFilter filter) {
		return filter.publishedOnly() ? this.marketCounts.count(filter, this::countNow) : countNow(filter);
	}

	private Mono<Long> countNow(ChallengeFilter filter) {
		Where where = where(filter);
		return where.bind(this.db.sql("SELECT COUNT(*) AS n FROM challenges" + where.sql))
			.map((row, meta) -> row.get("n", Long.class))
			.one();
	}

	/** A WHERE clause with its bound values. */
	private static final class Where {

		private final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");

		private final Map<String, Object> values = new LinkedHashMap<>();

		Where and(String clause, String name, Object value) {
			this.sql.append(" AND ").append(clause);
			if (name != null) {
				this.values.put(name, value);
			}
			return this;
		}

		DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec) {
			DatabaseClient.GenericExecuteSpec bound = spec;
			for (Map.Entry<String, Object> value : this.values.entrySet()) {
				bound = bound.bind(value.getKey(), value.getValue());
			}
			return bound;
		}

	}

	private static Where where(ChallengeFilter f) {
		Where where = new Where();
		if (f.statuses() != null && !f.statuses().isEmpty()) {
			where.and("status IN (:statuses)", "statuses", f.statuses().stream().map(Enum::name).toList());
		}
		if (f.publishedOnly()) {
			where.and("published_at IS NOT NULL", null, null);
		}
		if (f.organizationId() != null) {
			where.and("organization_id = :organization", "organization", f.organizationId());
		}
		if (f.industryChain() != null) {
			where.and("industry_chain = :chain", "chain", f.industryChain());
		}
		if (f.challengeType() != null) {
			where.and("challenge_type = :type", "type", f.challengeType().name());
		}
		if (f.province() != null) {
			where.and("province = :province", "province", f.province());
		}
		if (f.minBounty() != null) {
			where.and("bounty >= :minBounty", "minBounty", f.minBounty());
		}
		if (f.maxBounty() != null) {
			where.and("bounty <= :maxBounty", "maxBounty", f.maxBounty());
		}
		if (f.deadlineFrom() != null) {
			where.and("bid_deadline >= :deadlineFrom", "deadlineFrom", f.deadlineFrom().atOffset(ZoneOffset.UTC));
		}
		if (f.deadlineTo() != null) {
			where.and("bid_deadline <= :deadlineTo", "deadlineTo", f.deadlineTo().atOffset(ZoneOffset.UTC));
		}
		if (f.openAt() != null) {
			where.and("status = 'PUBLISHED' AND bid_deadline > :openAt", "openAt", f.openAt().atOffset(ZoneOffset.UTC));
		}
		if (f.q() != null && !f.q().isBlank()) {
			String like = "%" + escapeLike(f.q().strip().toLowerCase(java.util.Locale.ROOT)) + "%";
			where.and("(LOWER(title) LIKE :q ESCAPE '\\' OR LOWER(summary) LIKE :q ESCAPE '\\')", "q", like);
		}
		return where;
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String orderBy(ChallengeFilter.Sort sort) {
		if (sort == null) {
			return "published_at DESC, created_at DESC";
		}
		return switch (sort) {
			case NEWEST -> "published_at DESC, created_at DESC";
			case DEADLINE -> "bid_deadline ASC, id ASC";
			case BOUNTY -> "bounty DESC, id ASC";
			case OLDEST_SUBMITTED -> "submitted_at ASC, id ASC";
		};
	}

	static Parameter nullable(Object value, Class<?> type) {
		return Parameter.fromOrEmpty(value, type);
	}

}
