package org.jiebang.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.jiebang.challenge.Rubric;
import org.jiebang.delivery.MilestoneSchedule;

/**
 * Maps one contracting process onto an OCDS 1.1 release (pure, no I/O): the published challenge is the
 * {@code tender}, the award proposal and confirmation the {@code award}, the delivery plan the
 * {@code contract}, and milestones with payments its {@code implementation}.
 */
final class OcdsReleases {

	static final String CURRENCY = "CNY";

	static final String IDENTIFIER_SCHEME = "CN-SAMR";

	/** RFC 3339 with seconds, as the schema's date-time format requires. */
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private final JsonMapper json;

	private final String ocidPrefix;

	OcdsReleases(JsonMapper json, String ocidPrefix) {
		this.json = json;
		this.ocidPrefix = ocidPrefix;
	}

	String ocid(UUID challengeId) {
		return this.ocidPrefix + "-" + challengeId;
	}

	ObjectNode release(OcdsQueries.Process p, Instant now) {
		Map<String, Object> c = p.challenge();
		UUID id = (UUID) c.get("id");
		String status = (String) c.get("status");
		Instant date = lastChange(p);
		ObjectNode release = this.json.createObjectNode();
		release.put("ocid", ocid(id));
		release.put("id", id + "-" + date.toEpochMilli());
		release.put("date", date.toString());
		release.set("tag", tags(status, p));
		release.put("initiationType", "tender");
		release.put("language", "zh");
		ObjectNode buyer = reference(c.get("organization_id"), c.get("org_name"));
		release.set("parties", parties(p));
		release.set("buyer", buyer);
		release.set("tender", tender(p, buyer, now));
		if (!p.awards().isEmpty()) {
			ArrayNode awards = release.putArray("awards");
			p.awards().forEach(a -> awards.add(award(a, (String) c.get("title"))));
		}
		if (p.delivery() != null) {
			release.putArray("contracts").add(contract(p, status, buyer, now));
		}
		return release;
	}

	private ArrayNode tags(String status, OcdsQueries.Process p) {
		ArrayNode tags = this.json.createArrayNode().add("tender");
		if ("CANCELLED".equals(status)) {
			tags.add("tenderCancellation");
		}
		if (!p.awards().isEmpty()) {
			tags.add("award");
		}
		if (p.delivery() != null) {
			tags.add("contract");
			if (!p.milestones().isEmpty()) {
				tags.add("implementation");
			}
			if (p.delivery().get("terminated_at") != null) {
				tags.add("contractTermination");
			}
		}
		return tags;
	}

	private ArrayNode parties(OcdsQueries.Process p) {
		Map<String, Object> c = p.challenge();
		ArrayNode parties = this.json.createArrayNode();
		ObjectNode firm = party(c.get("organization_id"), c.get("org_name"), c.get("org_code"), c.get("org_province"),
				c.get("org_city"));
		ArrayNode roles = firm.putArray("roles").add("buyer").add("procuringEntity");
		if (!p.payments().isEmpty()) {
			roles.add("payer");
		}
		parties.add(firm);
		p.awards()
			.stream()
			.filter(a -> a.get("organization_id") != null)
			.filter(distinctBy(a -> a.get("organization_id")))
			.forEach(a -> {
				ObjectNode supplier = party(a.get("organization_id"), a.get("organization_name"), a.get("credit_code"),
						a.get("province"), a.get("city"));
				ArrayNode supplierRoles = supplier.putArray("roles").add("tenderer");
				if ("CONFIRMED".equals(a.get("status"))) {
					supplierRoles.add("supplier");
					if (!p.payments().isEmpty()) {
						supplierRoles.add("payee");
					}
				}
				supplier.putObject("details").put("lab", (String) a.get("lab_name"));
				parties.add(supplier);
			});
		return parties;
	}

	private ObjectNode tender(OcdsQueries.Process p, ObjectNode buyer, Instant now) {
		Map<String, Object> c = p.challenge();
		String status = (String) c.get("status");
		ObjectNode tender = this.json.createObjectNode();
		tender.put("id", c.get("id").toString());
		tender.put("title", (String) c.get("title"));
		putText(tender, "description", c.get("summary"));
		tender.put("status", tenderStatus(status));
		tender.set("procuringEntity", buyer.deepCopy());
		tender.set("value", value((BigDecimal) c.get("bounty")));
		tender.put("procurementMethod", "open");
		tender.put("procurementMethodDetails", "揭榜挂帅 (open challenge list with sealed bids)");
		tender.put("mainProcurementCategory", "services");
		tender.put("awardCriteria", "ratedCriteria");
		tender.put("awardCriteriaDetails", rubric((String) c.get("rubric")));
		putText(tender, "eligibilityCriteria", c.get("eligibility_text"));
		ObjectNode period = tender.putObject("tenderPeriod");
		putTime(period, "startDate", c.get("published_at"));
		putTime(period, "endDate", c.get("bid_deadline"));
		if (c.get("delivery_months") != null) {
			tender.putObject("contractPeriod").put("durationInDays", ((Number) c.get("delivery_months")).intValue() * 30);
		}
		if (c.get("closed_at") != null || ((Instant) c.get("bid_deadline")).isBefore(now)) {
			tender.put("numberOfTenderers", ((Number) c.get("tenderers")).intValue());
		}
		return tender;
	}

	private ObjectNode award(Map<String, Object> a, String title) {
		ObjectNode award = this.json.createObjectNode();
		award.put("id", a.get("id").toString());
		award.put("title", title);
		String status = (String) a.get("status");
		award.put("status", switch (status) {
			case "PROPOSED" -> "pending";
			case "CONFIRMED" -> "active";
			case "WITHDRAWN" -> "cancelled";
			default -> "unsuccessful";
		});
		Instant date = (Instant) (a.get("confirmed_at") != null ? a.get("confirmed_at") : a.get("proposed_at"));
		award.put("date", date.toString());
		if (a.get("amount") != null) {
			award.set("value", value((BigDecimal) a.get("amount")));
		}
		if (a.get("organization_id") != null) {
			award.putArray("suppliers").add(reference(a.get("organization_id"), a.get("organization_name")));
		}
		return award;
	}

	private ObjectNode contract(OcdsQueries.Process p, String challengeStatus, ObjectNode buyer, Instant now) {
		Map<String, Object> d = p.delivery();
		ObjectNode contract = this.json.createObjectNode();
		contract.put("id", "contract-" + d.get("award_id"));
		contract.put("awardID", d.get("award_id").toString());
		contract.put("title", (String) d.get("challenge_title"));
		boolean terminated = d.get("terminated_at") != null;
		boolean done = terminated || d.get("completed_at") != null;
		contract.put("status", done ? "terminated" : "active");
		if (terminated) {
			contract.put("description", "终止 Terminated: " + d.get("termination_reason")
					+ (Boolean.TRUE.equals(d.get("due_diligence")) ? "（尽职免责 due diligence）" : ""));
		}
		contract.set("value", value((BigDecimal) d.get("amount")));
		contract.put("dateSigned", d.get("confirmed_at").toString());
		ObjectNode period = contract.putObject("period");
		putTime(period, "startDate", d.get("confirmed_at"));
		p.milestones()
			.stream()
			.map(m -> (Instant) m.get("due_at"))
			.max(Comparator.naturalOrder())
			.ifPresent(end -> period.put("endDate", end.toString()));
		ObjectNode implementation = contract.putObject("implementation");
		ArrayNode milestones = implementation.putArray("milestones");
		p.milestones().forEach(m -> milestones.add(milestone(m, done, now)));
		if (!p.payments().isEmpty()) {
			ObjectNode payee = reference(d.get("lab_organization_id"), d.get("lab_organization_name"));
			ArrayNode transactions = implementation.putArray("transactions");
			p.payments().forEach(t -> transactions.add(transaction(t, buyer, payee)));
		}
		return contract;
	}

	private ObjectNode milestone(Map<String, Object> m, boolean deliveryEnded, Instant now) {
		ObjectNode milestone = this.json.createObjectNode();
		milestone.put("id", m.get("id").toString());
		milestone.put("title", (String) m.get("title"));
		milestone.put("type", "delivery");
		putText(milestone, "description", m.get("deliverable"));
		milestone.put("code", "M" + m.get("seq"));
		milestone.put("dueDate", m.get("due_at").toString());
		boolean met = "ACCEPTED".equals(m.get("status"));
		if (met) {
			milestone.put("dateMet", m.get("accepted_at").toString());
		}
		putTime(milestone, "dateModified", m.get("updated_at"));
		boolean missed = !met && (deliveryEnded || !now.isBefore((Instant) m.get("due_at")));
		milestone.put("status", met ? "met" : missed ? "notMet" : "scheduled");
		return milestone;
	}

	private ObjectNode transaction(Map<String, Object> t, ObjectNode payer, ObjectNode payee) {
		ObjectNode transaction = this.json.createObjectNode();
		transaction.put("id", t.get("id").toString());
		LocalDate paidOn = (LocalDate) t.get("paid_on");
		transaction.put("date", paidOn.atStartOfDay(MilestoneSchedule.ZONE).format(DATE_TIME));
		transaction.set("value", value((BigDecimal) t.get("amount")));
		transaction.set("payer", payer.deepCopy());
		transaction.set("payee", payee.deepCopy());
		return transaction;
	}

	private ObjectNode party(Object id, Object name, Object creditCode, Object province, Object city) {
		ObjectNode party = reference(id, name);
		if (creditCode != null) {
			ObjectNode identifier = party.putObject("identifier");
			identifier.put("scheme", IDENTIFIER_SCHEME);
			identifier.put("id", creditCode.toString());
			identifier.put("legalName", (String) name);
		}
		ObjectNode address = party.putObject("address");
		putText(address, "region", province);
		putText(address, "locality", city);
		address.put("countryName", "中国");
		return party;
	}

	private ObjectNode reference(Object id, Object name) {
		ObjectNode reference = this.json.createObjectNode();
		reference.put("id", id.toString());
		reference.put("name", Objects.toString(name, ""));
		return reference;
	}

	private ObjectNode value(BigDecimal amount) {
		ObjectNode value = this.json.createObjectNode();
		value.put("amount", amount.setScale(2));
		value.put("currency", CURRENCY);
		return value;
	}

	private String rubric(String stored) {
		Rubric r = stored == null ? Rubric.DEFAULT : this.json.readValue(stored, Rubric.class);
		return "评审量表 Rubric: 技术先进性 technical merit " + r.technicalMerit() + ", 可行性 feasibility "
				+ r.feasibility() + ", 团队能力 team capability " + r.teamCapability() + ", 报价合理性 cost reasonableness "
				+ r.costReasonableness();
	}

	private static String tenderStatus(String status) {
		return switch (status) {
			case "PUBLISHED", "CLOSED", "AWARD_PROPOSED" -> "active";
			case "CANCELLED" -> "cancelled";
			case "UNAWARDED" -> "unsuccessful";
			default -> "complete";
		};
	}

	private static Instant lastChange(OcdsQueries.Process p) {
		Stream<Object> times = Stream.of(Stream.of(p.challenge().get("updated_at")),
				p.awards().stream().flatMap(a -> Stream.of(a.get("proposed_at"), a.get("confirmed_at"), a.get("withdrawn_at"))),
				p.delivery() == null ? Stream.empty()
						: Stream.of(p.delivery().get("confirmed_at"), p.delivery().get("started_at"),
								p.delivery().get("completed_at"), p.delivery().get("terminated_at")),
				p.milestones().stream().map(m -> m.get("updated_at")),
				p.payments().stream().map(t -> t.get("recorded_at"))).flatMap(s -> s);
		return times.filter(Instant.class::isInstance)
			.map(Instant.class::cast)
			.max(Comparator.naturalOrder())
			.orElseThrow();
	}

	private static void putText(ObjectNode node, String field, Object value) {
		if (value != null && !value.toString().isBlank()) {
			node.put(field, value.toString());
		}
	}

	private static void putTime(ObjectNode node, String field, Object value) {
		if (value instanceof Instant instant) {
			node.put(field, instant.toString());
		}
	}

	private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, Object> key) {
		java.util.Set<Object> seen = new java.util.HashSet<>();
		return t -> seen.add(key.apply(t));
	}

}
