package org.jiebang.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiebang.support.Api;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log is chained, verifiable by admins only, and a changed entry is found. */
abstract class AuditChainScenarios extends IntegrationTestSupport {

	@Autowired
	DatabaseClient db;

	@Autowired
	AuditService audit;

	@Test
	void chainIsValidAndOnlyAdminsSeeIt() {
		api().register("FIRM", "ENTERPRISE", Api.uniqueName("audited"));
		Session admin = api().login(ADMIN, ADMIN_PASSWORD);
		admin.get("/api/admin/audit/verify").exchange().expectStatus().isOk().expectBody().jsonPath("$.ok")
			.isEqualTo(true);
		admin.get("/api/admin/audit?action=USER_REGISTERED&size=5")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].action")
			.isEqualTo("USER_REGISTERED")
			.jsonPath("$.size")
			.isEqualTo(5);
		api().login("demo-firm", "Jiebang#Firm2026").get("/api/admin/audit/verify").exchange().expectStatus()
			.isForbidden();
		api().anonymous().get("/api/admin/audit").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void changedEntryBreaksTheChainAtThatEntry() {
		api().register("LAB", "INSTITUTE", Api.uniqueName("tampered"));
		Map<String, Object> last = this.db.sql("SELECT MAX(seq) AS seq FROM audit_log").fetch().one().block();
		long seq = ((Number) last.get("seq")).longValue();
		String original = (String) this.db.sql("SELECT after_summary FROM audit_log WHERE seq = :seq")
			.bind("seq", seq)
			.fetch()
			.one()
			.block()
			.get("after_summary");
		try {
			this.db.sql("UPDATE audit_log SET after_summary = :text WHERE seq = :seq")
				.bind("text", "{\"forged\":true}")
				.bind("seq", seq)
				.then()
				.block();
			ChainVerification result = this.audit.verifyChain().block();
			assertThat(result.ok()).isFalse();
			assertThat(result.brokenAt()).isEqualTo(seq);
		}
		finally {
			this.db.sql("UPDATE audit_log SET after_summary = :text WHERE seq = :seq")
				.bind("text", original)
				.bind("seq", seq)
				.then()
				.block();
		}
		assertThat(this.audit.verifyChain().block().ok()).isTrue();
	}

}
