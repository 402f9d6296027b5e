package org.jiebang.export;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiebang.delivery.DeliveryTestSupport;
import org.jiebang.support.marketplace.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §8 Open Contracting exports: the package of every public challenge and of all awarded challenges is a
 * valid OCDS 1.1.5 release package (validated offline against the standard's schema), maps tender, awards,
 * contract and implementation, and carries public facts only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OcdsScenarios extends DeliveryTestSupport {

	@Autowired
	DatabaseClient db;

	private OcdsSchema schema;

	@BeforeAll
	void loadSchema() {
		this.schema = OcdsSchema.load();
	}

	@Test
	void theSchemaRejectsAnInvalidPackage() {
		assertThat(this.schema.validate("{\"uri\": \"x\", \"releases\": []}")).isNotEmpty();
		assertThat(this.schema.validate("""
				{"uri": "https://example.com/p", "version": "1.1", "publishedDate": "2026-01-01T00:00:00Z",
				 "publisher": {"name": "x"}, "releases": [{"ocid": "o", "id": "1", "date": "2026-01-01T00:00:00Z",
				 "tag": ["award"], "initiationType": "tender", "awards": [{"id": "a", "status": "won"}]}]}"""))
			.as("an award status outside the closed codelist").isNotEmpty();
	}

	@Test
	void thePackageOfEveryPublicChallengeIsValidOcds() {
		List<UUID> ids = this.db.sql("SELECT id FROM challenges WHERE published_at IS NOT NULL")
			.map(row -> row.get("id", UUID.class))
			.all()
			.collectList()
			.block();
		assertThat(ids).hasSizeGreaterThan(30);
		for (UUID id : ids) {
			Reply reply = Reply.get(api().anonymous(), "/api/ocds/challenges/" + id).expect(200);
			assertThat(this.schema.validate(reply.body())).as("package of %s", id).isEmpty();
			Map<String, Object> release = release(reply.json(), 0);
			assertThat(release.get("ocid")).isEqualTo("ocds-jiebang-" + id);
			assertThat(reply.body()).doesNotContain("@example.com").doesNotContain("contactPhone");
		}
		String draft = this.db.sql("SELECT id FROM challenges WHERE published_at IS NULL LIMIT 1")
			.map(row -> row.get("id", UUID.class).toString())
			.one()
			.block();
		assertThat(Reply.get(api().anonymous(), "/api/ocds/challenges/" + draft).status()).isEqualTo(404);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theAwardedPackageMapsTenderAwardContractAndImplementation() {
		Reply reply = Reply.get(api().anonymous(), "/api/ocds/awarded").expect(200);
		assertThat(this.schema.validate(reply.body())).isEmpty();
		List<Map<String, Object>> releases = (List<Map<String, Object>>) reply.json().get("releases");
		long awarded = this.db.sql("SELECT COUNT(*) AS n FROM challenges WHERE status IN ('AWARDED', 'IN_DELIVERY', "
				+ "'COMPLETED', 'TERMINATED')").map(row -> ((Number) row.get("n")).longValue()).one().block();
		assertThat(releases).hasSize((int) awarded);
		Map<String, Object> completed = releases.stream()
			.filter(r -> "1.5T医用超导磁体失超保护与快速励磁系统".equals(((Map<String, Object>) r.get("tender")).get("title")))
			.findFirst()
			.orElseThrow();
		assertThat((List<String>) completed.get("tag")).contains("tender", "award", "contract", "implementation");
		Map<String, Object> tender = (Map<String, Object>) completed.get("tender");
		assertThat(tender).containsEntry("status", "complete").containsEntry("numberOfTenderers", 2);
		assertThat((Map<String, Object>) tender.get("value")).containsEntry("currency", "CNY");
		Map<String, Object> contract = ((List<Map<String, Object>>) completed.get("contracts")).get(0);
		assertThat(contract).containsEntry("status", "terminated");
		assertThat(((Number) ((Map<String, Object>) contract.get("value")).get("amount")).doubleValue()).isEqualTo(4600000.01);
		Map<String, Object> implementation = (Map<String, Object>) contract.get("implementation");
		assertThat((List<Map<String, Object>>) implementation.get("milestones")).hasSize(3)
			.allSatisfy(m -> assertThat(m).containsEntry("status", "met").containsKey("dateMet"));
		List<Map<String, Object>> transactions = (List<Map<String, Object>>) implementation.get("transactions");
		assertThat(transactions).hasSize(4);
		double paid = transactions.stream()
			.mapToDouble(t -> ((Number) ((Map<String, Object>) t.get("value")).get("amount")).doubleValue())
			.sum();
		assertThat(paid).isEqualTo(4600000.01, org.assertj.core.data.Offset.offset(0.001));
		assertThat(reply.body()).doesNotContain("首期款").doesNotContain("submittedDaysAfterDue");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> release(Map<String, Object> pack, int index) {
		return ((List<Map<String, Object>>) pack.get("releases")).get(index);
	}

}
