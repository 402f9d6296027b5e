package org.jiebang.challenge;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import tools.jackson.databind.json.JsonMapper;

import org.jiebang.system.persistence.Tags;

/**
 * Reads a {@link Challenge} from a row of {@code SELECT * FROM challenges}, column by column.
 *
 * <p>Lists, search results and detail pages read challenges on every request; Spring Data's generic
 * converter first copies each row into a map and then resolves every property through its conversion
 * service, which profiled as the largest part of a list request's CPU time. Writing stays with the entity
 * template (inserts and optimistic-locking updates); {@code ChallengeRowsTests} checks that both read the
 * same challenge.
 */
final class ChallengeRows {

	private final JsonMapper json;

	ChallengeRows(JsonMapper json) {
		this.json = json;
	}

	Challenge read(Readable row) {
		ChallengeContent content = new ChallengeContent(row.get("title", String.class),
				row.get("summary", String.class), row.get("description", String.class),
				json(row, "technical_indicators", Indicators.class), json(row, "required_capabilities", Tags.class),
				row.get("industry_chain", String.class), json(row, "tech_fields", Tags.class),
				constant(ChallengeType.class, row.get("challenge_type", String.class)),
				row.get("bounty", BigDecimal.class), instant(row, "bid_deadline"),
				row.get("delivery_months", Integer.class), row.get("eligibility_text", String.class),
				json(row, "eligible_org_types", Tags.class), json(row, "eligible_regions", Tags.class),
				constant(IpTerms.class, row.get("ip_terms", String.class)), row.get("province", String.class),
				row.get("city", String.class), row.get("contact_name", String.class),
				row.get("contact_phone", String.class), row.get("contact_email", String.class));
		Integer bidCount = row.get("bid_count", Integer.class);
		return new Challenge(row.get("id", UUID.class), row.get("organization_id", UUID.class),
				row.get("created_by", UUID.class), constant(ChallengeStatus.class, row.get("status", String.class)),
				content, json(row, "rubric", Rubric.class), row.get("review_note", String.class),
				row.get("cancel_reason", String.class), bidCount == null ? 0 : bidCount,
				instant(row, "terms_changed_at"), instant(row, "submitted_at"), instant(row, "published_at"),
				instant(row, "closed_at"), instant(row, "cancelled_at"), instant(row, "created_at"),
				instant(row, "updated_at"), row.get("version", Long.class));
	}

	private <T> T json(Readable row, String column, Class<T> type) {
		String text = row.get(column, String.class);
		return text == null ? null : this.json.readValue(text, type);
	}

	private static Instant instant(Readable row, String column) {
		OffsetDateTime value = row.get(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

}
