package org.jiebang.lab;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.jiebang.account.OrganizationType;
import org.jiebang.system.persistence.Tags;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Reads lab profiles together with the public facts of their organization in one query. Filter values are
 * always bound; only fixed SQL fragments and validated page numbers are concatenated.
 */
@Component
class LabProfileQueries {

	private static final String FROM = " FROM labs l JOIN organizations o ON o.id = l.organization_id";

	private static final String SELECT = """
			SELECT l.id, l.name, l.leader, l.summary, l.research_fields, l.keywords, l.capabilities,
			    l.achievements, l.facilities, l.team_size, l.province, l.city, l.updated_at, l.invitation_code,
			    l.version, o.id AS org_id, o.name AS org_name, o.type AS org_type, o.verified AS org_verified""" + FROM;

	private static final String TEXT_MATCH = "(LOWER(l.name) LIKE :q ESCAPE '!' OR LOWER(l.summary) LIKE :q ESCAPE '!'"
			+ " OR LOWER(l.keywords) LIKE :q ESCAPE '!' OR LOWER(l.capabilities) LIKE :q ESCAPE '!')";

	private final DatabaseClient db;

	private final JsonMapper json;

	LabProfileQueries(DatabaseClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/**
	 * A lab with what only its members see.
	 *
	 * @param profile the public profile
	 * @param invitationCode the code to join the lab
	 * @param version the stored version
	 */
	record Stored(LabProfileView profile, String invitationCode, long version) {
	}

	Mono<Stored> find(UUID id) {
		return this.db.sql(SELECT + " WHERE l.id = :id")
			.bind("id", id)
			.map((row, meta) -> new Stored(profile(row), row.get("invitation_code", String.class),
					row.get("version", Long.class)))
			.one();
	}

	/** One page of the directory; {@code query} must have been checked by {@link LabProfileChecks}. */
	Mono<PageView<LabProfileView>> page(LabQuery query, Paging paging) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> binds = new TreeMap<>();
		if (query.q() != null) {
			where.append(" AND ").append(TEXT_MATCH);
			binds.put("q", "%" + escapeLike(query.q()) + "%");
		}
		if (query.field() != null) {
			// research_fields is a JSON array of codes: match the quoted code as a whole.
			where.append(" AND l.research_fields LIKE :field ESCAPE '!'");
			binds.put("field", "%\"" + escapeLike(query.field()) + "\"%");
		}
		if (query.province() != null) {
			where.append(" AND l.province = :province");
			binds.put("province", query.province());
		}
		if (query.orgType() != null) {
			where.append(" AND o.type = :orgType");
			binds.put("orgType", query.orgType());
		}
		String order = LabProfileChecks.SORT_NAME.equals(query.sort()) ? " ORDER BY l.name ASC, l.id ASC"
				: " ORDER BY l.created_at DESC, l.id DESC";
		Mono<Long> total = bindAll(this.db.sql("SELECT COUNT(*) AS n" + FROM + where), binds)
			.map((row, meta) -> row.get("n", Long.class))
			.one();
		Mono<List<LabProfileView>> items = bindAll(
				this.db.sql(SELECT + where + order + " LIMIT " + paging.size() + " OFFSET " + paging.offset()), binds)
			.map((row, meta) -> profile(row))
			.all()
			.collectList();
		return Mono.zip(items, total).map(t -> paging.view(t.getT1(), t.getT2()));
	}

	/** The given labs (missing ones left out), in no particular order. */
	Flux<LabProfileView> findAll(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Flux.empty();
		}
		return this.db.sql(SELECT + " WHERE l.id IN (:ids)").bind("ids", List.copyOf(ids)).map((row, meta) -> profile(row)).all();
	}

	Mono<Long> count() {
		return this.db.sql("SELECT COUNT(*) AS n FROM labs").map((row, meta) -> row.get("n", Long.class)).one();
	}

	/** Every lab, in id order, streamed as the database delivers them. */
	Flux<LabProfileView> streamAll() {
		return this.db.sql(SELECT + " ORDER BY l.id").map((row, meta) -> profile(row)).all();
	}

	private LabProfileView profile(Readable row) {
		LabProfileView.Organization organization = new LabProfileView.Organization(row.get("org_id", UUID.class),
				row.get("org_name", String.class), OrganizationType.valueOf(row.get("org_type", String.class)),
				Boolean.TRUE.equals(row.get("org_verified", Boolean.class)));
		return new LabProfileView(row.get("id", UUID.class), row.get("name", String.class), organization,
				row.get("leader", String.class), row.get("summary", String.class),
				tags(row.get("research_fields", String.class)), tags(row.get("keywords", String.class)),
				row.get("capabilities", String.class), row.get("achievements", String.class),
				row.get("facilities", String.class), row.get("team_size", Integer.class),
				row.get("province", String.class), row.get("city", String.class), LabProfileView.TrackRecord.none(),
				row.get("updated_at", OffsetDateTime.class).toInstant());
	}

	private List<String> tags(String text) {
		return text == null || text.isBlank() ? List.of() : this.json.readValue(text, Tags.class).values();
	}

	/** Escapes the LIKE wildcards and the escape character itself ({@code !}). */
	static String escapeLike(String value) {
		return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static DatabaseClient.GenericExecuteSpec bindAll(DatabaseClient.GenericExecuteSpec spec,
			Map<String, Object> binds) {
		DatabaseClient.GenericExecuteSpec bound = spec;
		for (Map.Entry<String, Object> bind : binds.entrySet()) {
			bound = bound.bind(bind.getKey(), bind.getValue());
		}
		return bound;
	}

}
