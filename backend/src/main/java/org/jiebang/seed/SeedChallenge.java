package org.jiebang.seed;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;

/** One demo challenge with its dates placed relative to the moment of loading. */
final class SeedChallenge {

	private final JsonNode node;

	private final DemoDataLoader.Keys keys;

	private final Instant now;

	private final JsonMapper json;

	SeedChallenge(JsonNode node, DemoDataLoader.Keys keys, Instant now, JsonMapper json) {
		this.node = node;
		this.keys = keys;
		this.now = now;
		this.json = json;
	}

	Mono<Void> insert(DatabaseClient db) {
		UUID id = org.jiebang.system.persistence.Ids.newId();
		String key = SeedFiles.text(this.node, "key");
		this.keys.challenges.put(key, id);
		String status = SeedFiles.text(this.node, "status");
		String orgKey = SeedFiles.text(this.node, "organization");
		Integer publishedDaysAgo = SeedFiles.integer(this.node, "publishedDaysAgo");
		Integer deadlineInDays = SeedFiles.integer(this.node, "deadlineInDays");
		Instant published = publishedDaysAgo == null ? null : this.now.minus(Duration.ofDays(publishedDaysAgo));
		Instant deadline = deadlineInDays == null ? null : this.now.plus(Duration.ofDays(deadlineInDays));
		Instant created = (published != null ? published : this.now).minus(Duration.ofDays(5));
		Instant submitted = "DRAFT".equals(status) ? null
				: published != null ? published.minus(Duration.ofDays(1)) : this.now.minus(Duration.ofDays(2));
		Instant closed = "CLOSED".equals(status) ? deadline : null;
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
			.then();
	}

	private static Parameter time(Instant instant) {
		return Parameter.fromOrEmpty(DemoDataLoader.utc(instant), OffsetDateTime.class);
	}

}
