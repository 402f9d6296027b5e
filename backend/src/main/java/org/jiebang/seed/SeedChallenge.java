package org.jiebang.seed;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jiebang.system.persistence.Ids;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;

/** One demo challenge with its dates placed relative to the moment of loading. */
final class SeedChallenge {

	private final JsonNode node;

	private final DemoDataLoader.Keys keys;

	private final Instant now;

	private final JsonMapper json;

	/** States in which bidding has closed: the bids are open to the firm and evaluation. */
	static final java.util.Set<String> CLOSED_STATES = java.util.Set.of("CLOSED", "AWARD_PROPOSED", "AWARDED",
			"IN_DELIVERY", "COMPLETED", "TERMINATED", "UNAWARDED");

	SeedChallenge(JsonNode node, DemoDataLoader.Keys keys, Instant now, JsonMapper json) {
		this.node = node;
		this.keys = keys;
		this.now = now;
		this.json = json;
	}

	Mono<Void> insert(DatabaseClient db) {
		UUID id = Ids.newId();
		String key = SeedFiles.text(this.node, "key");
		this.keys.challenges.put(key, id);
		this.keys.challengeNodes.put(key, this.node);
		String status = SeedFiles.text(this.node, "status");
		String orgKey = SeedFiles.text(this.node, "organization");
		Integer publishedDaysAgo = SeedFiles.integer(this.node, "publishedDaysAgo");
		Integer deadlineInDays = SeedFiles.integer(this.node, "deadlineInDays");
		Instant published = publishedDaysAgo == null ? null : this.now.minus(Duration.ofDays(publishedDaysAgo));
		Instant deadline = deadlineInDays == null ? null : this.now.plus(Duration.ofDays(deadlineInDays));
		Instant created = (published != null ? published : this.now).minus(Duration.ofDays(5));
		Instant submitted = "DRAFT".equals(status) ? null
				: published != null ? published.minus(Duration.ofDays(1)) : this.now.minus(Duration.ofDays(2));
		Instant closed = CLOSED_STATES.contains(status) ? deadline : null;
		Instant cancelled = "CANCELLED".equals(status) ? this.now.minus(Duration.ofDays(1)) : null;
		JsonNode eligibility = this.node.path("eligibility");
		UUID creator = this.keys.orgCreator.get(orgKey);
		return db.sql("""
				INSERT INTO challenges (id, organization_id, created_by, status, title, summary, description,
				    technical_indicators, required_capabilities, industry_chain, tech_fields, challenge_type, bounty,
				    bid_deadline, delivery_months, eligibility_text, eligible_org_types, eligible_regions, ip_terms,
				    province, city, contact_name, contact_phone, contact_email, review_note, cancel_reason,
				    bid_count, submitted_at, published_at, closed_at, cancelled_at, created_at, updated_at)
				VALUES (:id, :org, :creator, :status, :title, :summary, :description, :indicators, :capabilities,
				    :chain, :fields, :type, :bounty, :deadline, :months, :eligibility, :orgTypes, :regions, :ip,
				    :province, :city, :contactName, :contactPhone, :contactEmail, :reviewNote, :cancelReason,
				    :bidCount, :submitted, :published, :closed, :cancelled, :created, :updated)""")
			.bind("id", id)
			.bind("org", this.keys.organizations.get(orgKey))
			.bind("creator", creator)
			.bind("status", status)
			.bind("title", SeedFiles.text(this.node, "title"))
			.bind("summary", SeedFiles.text(this.node, "summary"))
			.bind("description", SeedFiles.text(this.node, "description"))
			.bind("indicators", this.json.writeValueAsString(this.node.get("technicalIndicators")))
			.bind("capabilities", this.json.writeValueAsString(DemoDataLoader.tags(this.node.get("requiredCapabilities"))))
			.bind("chain", SeedFiles.text(this.node, "industryChain"))
			.bind("fields", this.json.writeValueAsString(this.node.get("techFields")))
			.bind("type", SeedFiles.text(this.node, "challengeType"))
			.bind("bounty", new BigDecimal(SeedFiles.text(this.node, "bounty")))
			.bind("deadline", time(deadline))
			.bind("months", SeedFiles.integer(this.node, "deliveryMonths"))
			.bind("eligibility", SeedFiles.text(eligibility, "text"))
			.bind("orgTypes", this.json.writeValueAsString(eligibility.get("organizationTypes")))
			.bind("regions", this.json.writeValueAsString(eligibility.path("regions")))
			.bind("ip", SeedFiles.text(this.node, "ipTerms"))
			.bind("province", SeedFiles.text(this.node, "province"))
			.bind("city", SeedFiles.text(this.node, "city"))
			.bind("contactName", SeedFiles.text(this.node, "contactName"))
			.bind("contactPhone", SeedFiles.text(this.node, "contactPhone"))
			.bind("contactEmail", SeedFiles.text(this.node, "contactEmail"))
			.bind("reviewNote", Parameter.fromOrEmpty(SeedFiles.text(this.node, "rejectionReason"), String.class))
			.bind("cancelReason", Parameter.fromOrEmpty(SeedFiles.text(this.node, "cancellationReason"), String.class))
			.bind("bidCount", this.keys.bidCounts.getOrDefault(key, 0))
			.bind("submitted", time(submitted))
			.bind("published", time(published))
			.bind("closed", time(closed))
			.bind("cancelled", time(cancelled))
			.bind("created", DemoDataLoader.utc(created))
			.bind("updated", DemoDataLoader.utc(published != null ? published : created))
			.then()
			.then(amendments(db, id));
	}

	/**
	 * The optional amendments of a published challenge ({@code amendments}: reason, changed fields, whether
	 * terms changed, the deadline before and after, all days relative to loading).
	 */
	private Mono<Void> amendments(DatabaseClient db, UUID challengeId) {
		java.util.List<JsonNode> list = new java.util.ArrayList<>();
		this.node.path("amendments").forEach(list::add);
		return Flux.fromIterable(list).concatMap(a -> {
			Instant at = days(-SeedFiles.integer(a, "amendedDaysAgo"));
			boolean terms = a.path("termsChanged").asBoolean(false);
			Mono<Void> insert = db.sql("""
					INSERT INTO challenge_amendments (id, challenge_id, amended_by, reason, changed_fields, terms_changed,
					    deadline_before, deadline_after, amended_at)
					VALUES (:id, :c, :by, :reason, :fields, :terms, :before, :after, :at)""")
				.bind("id", Ids.newId())
				.bind("c", challengeId)
				.bind("by", this.keys.admin)
				.bind("reason", SeedFiles.text(a, "reason"))
				.bind("fields", this.json.writeValueAsString(a.get("changedFields")))
				.bind("terms", terms)
				.bind("before", time(days(SeedFiles.integer(a, "deadlineBeforeInDays"))))
				.bind("after", time(days(SeedFiles.integer(a, "deadlineAfterInDays"))))
				.bind("at", DemoDataLoader.utc(at))
				.then();
			return !terms ? insert
					: insert.then(db.sql("UPDATE challenges SET terms_changed_at = :at WHERE id = :id")
						.bind("at", DemoDataLoader.utc(at))
						.bind("id", challengeId)
						.then());
		}).then();
	}

	private Instant days(Integer offset) {
		return offset == null ? null : this.now.plus(Duration.ofDays(offset));
	}

	private static Parameter time(Instant instant) {
		return Parameter.fromOrEmpty(DemoDataLoader.utc(instant), OffsetDateTime.class);
	}

}
