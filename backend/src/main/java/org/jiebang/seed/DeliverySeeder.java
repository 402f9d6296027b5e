package org.jiebang.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jiebang.delivery.MilestoneSchedule;
import org.jiebang.system.persistence.Ids;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;

/**
 * The delivery of each confirmed demo award: the schedule made from the winning bid exactly as at a real
 * confirmation ({@link MilestoneSchedule}), with the milestone reports, returns, acceptances, payments,
 * termination and results of {@code seeds/demo/delivery.json}; event days there are relative to each
 * milestone's due date, and nothing lands in the future.
 */
final class DeliverySeeder {

	/**
	 * A confirmed award to deliver.
	 *
	 * @param challengeKey the challenge's seed key
	 * @param challengeId the challenge
	 * @param awardId the award
	 * @param winner the winning bid
	 * @param confirmedAt the confirmation
	 */
	record Confirmed(String challengeKey, UUID challengeId, UUID awardId, SeedBid winner, Instant confirmedAt) {
	}

	private final DatabaseClient db;

	private final JsonMapper json;

	private final DemoDataLoader.Keys keys;

	private final Instant now;

	DeliverySeeder(DatabaseClient db, JsonMapper json, DemoDataLoader.Keys keys, Instant now) {
		this.db = db;
		this.json = json;
		this.keys = keys;
		this.now = now;
	}

	Mono<Void> insert(Confirmed c, JsonNode plan) {
		JsonNode challenge = this.keys.challengeNodes.get(c.challengeKey());
		String orgKey = SeedFiles.text(challenge, "organization");
		UUID firm = this.keys.organizations.get(orgKey);
		UUID firmUser = this.keys.orgCreator.get(orgKey);
		UUID labUser = this.keys.labCreator.get(c.winner().labKey());
		List<MilestoneSchedule.Scheduled> schedule = MilestoneSchedule.of(c.winner().quotedAmount(), c.confirmedAt(),
				c.winner().plan());
		Map<Integer, JsonNode> states = new HashMap<>();
		if (plan != null) {
			plan.path("milestones").forEach(m -> states.put(SeedFiles.integer(m, "seq"), m));
		}
		List<Instant> submissions = new ArrayList<>();
		List<Instant> acceptances = new ArrayList<>();
		Mono<Void> delivery = this.db.sql("""
				INSERT INTO deliveries (challenge_id, award_id, bid_id, challenge_title, firm_organization_id, lab_id,
				    lab_name, lab_organization_id, lab_organization_name, amount, confirmed_at)
				VALUES (:c, :award, :bid, :title, :firm, :lab, :labName, :labOrg, :labOrgName, :amount, :at)""")
			.bind("c", c.challengeId())
			.bind("award", c.awardId())
			.bind("bid", c.winner().id())
			.bind("title", SeedFiles.text(challenge, "title"))
			.bind("firm", firm)
			.bind("lab", c.winner().labId())
			.bind("labName", this.keys.names.get(c.winner().labKey()))
			.bind("labOrg", c.winner().organizationId())
			.bind("labOrgName", this.keys.names.get(this.keys.organizationKeyOfLab.get(c.winner().labKey())))
			.bind("amount", c.winner().quotedAmount())
			.bind("at", DemoDataLoader.utc(c.confirmedAt()))
			.then();
		Mono<Void> milestones = Flux.fromIterable(schedule)
			.concatMap(s -> milestone(c, s, states.get(s.seq()), labUser, firmUser, submissions, acceptances))
			.then();
		return delivery.then(milestones)
			.then(Mono.defer(() -> outcome(c, challenge, plan, firmUser, labUser, submissions, acceptances)));
	}

	private Mono<Void> milestone(Confirmed c, MilestoneSchedule.Scheduled s, JsonNode state, UUID labUser,
			UUID firmUser, List<Instant> submissions, List<Instant> acceptances) {
		UUID id = Ids.newId();
		String status = state == null ? "PLANNED" : SeedFiles.text(state, "status");
		Instant submitted = state == null ? null : relative(s.dueAt(), SeedFiles.integer(state, "submittedDaysAfterDue"));
		Instant returned = state == null ? null : relative(s.dueAt(), SeedFiles.integer(state, "returnedDaysAfterDue"));
		Instant accepted = state == null ? null : relative(s.dueAt(), SeedFiles.integer(state, "acceptedDaysAfterDue"));
		if (submitted != null) {
			submissions.add(submitted);
		}
		if (accepted != null) {
			acceptances.add(accepted);
		}
		List<JsonNode> payments = new ArrayList<>();
		if (state != null) {
			state.path("payments").forEach(payments::add);
		}
		List<BigDecimal> amounts = amounts(s.paymentAmount(), payments);
		BigDecimal paid = amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		List<String> links = new ArrayList<>();
		if (state != null) {
			state.path("evidenceLinks").forEach(l -> links.add(l.asString()));
		}
		Instant updated = latest(c.confirmedAt(), submitted, returned, accepted);
		Mono<Void> insert = this.db.sql("""
				INSERT INTO delivery_milestones (id, challenge_id, lab_id, seq, title, deliverable, due_month, due_date,
				    due_at, payment_percent, payment_amount, paid_amount, status, report_text, evidence_links,
				    submission_count, submitted_at, submitted_by, return_comments, returned_at, returned_by, accepted_at,
				    accepted_by, created_at, updated_at)
				VALUES (:id, :c, :lab, :seq, :title, :deliverable, :month, :date, :dueAt, :percent, :amount, :paid, :status,
				    :report, :links, :count, :submitted, :submittedBy, :comments, :returned, :returnedBy, :accepted,
				    :acceptedBy, :created, :updated)""")
			.bind("id", id)
			.bind("c", c.challengeId())
			.bind("lab", c.winner().labId())
			.bind("seq", s.seq())
			.bind("title", s.title())
			.bind("deliverable", s.deliverable())
			.bind("month", s.dueMonth())
			.bind("date", s.dueDate())
			.bind("dueAt", DemoDataLoader.utc(s.dueAt()))
			.bind("percent", s.paymentPercent())
			.bind("amount", s.paymentAmount())
			.bind("paid", paid)
			.bind("status", status)
			.bind("report", Parameter.fromOrEmpty(state == null ? null : SeedFiles.text(state, "report"), String.class))
			.bind("links", this.json.writeValueAsString(links))
			.bind("count", submitted == null ? 0 : returned != null && "SUBMITTED".equals(status) ? 2 : 1)
			.bind("submitted", time(submitted))
			.bind("submittedBy", Parameter.fromOrEmpty(submitted == null ? null : labUser, UUID.class))
			.bind("comments", Parameter.fromOrEmpty(state == null ? null : SeedFiles.text(state, "returnComments"),
					String.class))
			.bind("returned", time(returned))
			.bind("returnedBy", Parameter.fromOrEmpty(returned == null ? null : firmUser, UUID.class))
			.bind("accepted", time(accepted))
			.bind("acceptedBy", Parameter.fromOrEmpty(accepted == null ? null : firmUser, UUID.class))
			.bind("created", DemoDataLoader.utc(c.confirmedAt()))
			.bind("updated", DemoDataLoader.utc(updated))
			.then();
		return insert.thenMany(Flux.range(0, payments.size())
			.concatMap(i -> payment(c, id, amounts.get(i), payments.get(i), s.dueAt(), firmUser)))
			.then();
	}

	private Mono<Void> payment(Confirmed c, UUID milestone, BigDecimal amount, JsonNode p, Instant due, UUID by) {
		Instant at = relative(due, SeedFiles.integer(p, "paidDaysAfterDue"));
		return this.db.sql("""
				INSERT INTO milestone_payments (id, milestone_id, challenge_id, amount, paid_on, note, recorded_by, recorded_at)
				VALUES (:id, :m, :c, :amount, :on, :note, :by, :at)""")
			.bind("id", Ids.newId())
			.bind("m", milestone)
			.bind("c", c.challengeId())
			.bind("amount", amount)
			.bind("on", MilestoneSchedule.today(at))
			.bind("note", Parameter.fromOrEmpty(SeedFiles.text(p, "note"), String.class))
			.bind("by", by)
			.bind("at", DemoDataLoader.utc(at))
			.then();
	}

	/** Payment amounts by percent of the milestone; percents adding up to 100 pay it exactly. */
	static List<BigDecimal> amounts(BigDecimal milestone, List<JsonNode> payments) {
		List<Integer> percents = payments.stream().map(p -> SeedFiles.integer(p, "percentOfMilestone")).toList();
		if (percents.isEmpty()) {
			return List.of();
		}
		if (percents.stream().mapToInt(Integer::intValue).sum() == 100) {
			return MilestoneSchedule.amounts(milestone, percents);
		}
		return percents.stream()
			.map(p -> milestone.multiply(BigDecimal.valueOf(p)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN))
			.toList();
	}

	private Mono<Void> outcome(Confirmed c, JsonNode challenge, JsonNode plan, UUID firmUser, UUID labUser,
			List<Instant> submissions, List<Instant> acceptances) {
		String status = SeedFiles.text(challenge, "status");
		Instant started = submissions.stream().min(Instant::compareTo).orElse(null);
		Instant completed = "COMPLETED".equals(status) ? acceptances.stream().max(Instant::compareTo).orElse(null) : null;
		JsonNode termination = plan == null ? null : plan.get("termination");
		boolean terminated = termination != null && !termination.isNull();
		Mono<Void> update = this.db.sql("""
				UPDATE deliveries SET started_at = :started, completed_at = :completed, terminated_at = :terminated,
				    terminated_by = :by, termination_reason = :reason, due_diligence = :dd WHERE challenge_id = :c""")
			.bind("started", time(started))
			.bind("completed", time(completed))
			.bind("terminated", time(terminated ? daysAgo(SeedFiles.integer(termination, "daysAgo")) : null))
			.bind("by", Parameter.fromOrEmpty(terminated ? this.keys.admin : null, UUID.class))
			.bind("reason", Parameter.fromOrEmpty(terminated ? SeedFiles.text(termination, "reason") : null, String.class))
			.bind("dd", Parameter.fromOrEmpty(terminated ? termination.path("dueDiligence").asBoolean() : null,
					Boolean.class))
			.bind("c", c.challengeId())
			.then();
		JsonNode results = plan == null ? null : plan.get("results");
		if (results == null || results.isNull()) {
			return update;
		}
		boolean byFirm = "firm".equals(SeedFiles.text(results, "publishedBy"));
		Instant at = daysAgo(SeedFiles.integer(results, "publishedDaysAgo"));
		return update.then(this.db.sql("""
				INSERT INTO delivery_results (id, challenge_id, title, summary, outcomes, ip_terms, industry_chain,
				    challenge_type, province, published_by, published_by_role, published_at, updated_at)
				VALUES (:id, :c, :title, :summary, :outcomes, :ip, :chain, :type, :province, :by, :role, :at, :at)""")
			.bind("id", Ids.newId())
			.bind("c", c.challengeId())
			.bind("title", SeedFiles.text(results, "title"))
			.bind("summary", SeedFiles.text(results, "summary"))
			.bind("outcomes", Parameter.fromOrEmpty(SeedFiles.text(results, "outcomes"), String.class))
			.bind("ip", SeedFiles.text(challenge, "ipTerms"))
			.bind("chain", SeedFiles.text(challenge, "industryChain"))
			.bind("type", SeedFiles.text(challenge, "challengeType"))
			.bind("province", SeedFiles.text(challenge, "province"))
			.bind("by", byFirm ? firmUser : labUser)
			.bind("role", byFirm ? "FIRM" : "LAB")
			.bind("at", DemoDataLoader.utc(at))
			.then());
	}

	/** Days after an instant, never later than a minute before loading; {@code null} for no days. */
	private Instant relative(Instant base, Integer days) {
		if (days == null) {
			return null;
		}
		Instant at = base.plus(Duration.ofDays(days));
		Instant latest = this.now.minus(Duration.ofMinutes(1));
		return at.isAfter(latest) ? latest : at;
	}

	private Instant daysAgo(int days) {
		return this.now.minus(Duration.ofDays(days));
	}

	private static Instant latest(Instant first, Instant... others) {
		Instant latest = first;
		for (Instant other : others) {
			if (other != null && other.isAfter(latest)) {
				latest = other;
			}
		}
		return latest;
	}

	private static Parameter time(Instant instant) {
		return Parameter.fromOrEmpty(DemoDataLoader.utc(instant), java.time.OffsetDateTime.class);
	}

}
