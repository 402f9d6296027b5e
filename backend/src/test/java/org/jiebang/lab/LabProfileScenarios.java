package org.jiebang.lab;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.jiebang.support.Api;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The public lab directory and the LAB member's profile editor (SPEC §6, §10). */
abstract class LabProfileScenarios extends IntegrationTestSupport {

	private static final String WIDEBANDGAP = "宽禁带半导体功率器件实验室";

	@Autowired
	DatabaseClient db;

	@Test
	void directoryPagesAndFiltersByFieldRegionOrganizationTypeAndText() {
		Map<String, Object> first = list("/api/labs?size=5");
		assertThat(items(first)).hasSize(5);
		assertThat(number(first.get("total"))).isGreaterThanOrEqualTo(30);
		assertThat(number(first.get("page"))).isEqualTo(1);
		assertThat(number(first.get("size"))).isEqualTo(5);
		assertThat(items(first)).allSatisfy(lab -> assertThat(lab).doesNotContainKeys("invitationCode", "version"));

		Map<String, Object> batteries = list("/api/labs?field={f}&province={p}", "SOLID_STATE_BATTERIES", "HB");
		assertThat(names(batteries)).containsExactly("先进储能材料与固态电池课题组");

		Map<String, Object> jiangsuFirms = list("/api/labs?orgType=ENTERPRISE&province=JS&sort=name");
		assertThat(number(jiangsuFirms.get("total"))).isEqualTo(2);
		assertThat(names(jiangsuFirms)).containsExactlyInAnyOrder("衡宇仿真技术中心", "衡宇工业控制软件部");
		Map<String, Object> secondPage = list("/api/labs?orgType=enterprise&province=JS&sort=name&size=1&page=2");
		assertThat(names(secondPage)).containsExactly(names(jiangsuFirms).get(1));
		assertThat(number(secondPage.get("total"))).isEqualTo(2);

		assertThat(names(list("/api/labs?q={q}", "sic mosfet"))).contains(WIDEBANDGAP)
			.doesNotContain("氮化镓外延与器件研究部");
		assertThat(names(list("/api/labs?q={q}&orgType=UNIVERSITY", "ＳｉＣ　ＭＯＳＦＥＴ"))).contains(WIDEBANDGAP);
		assertThat(names(list("/api/labs?q={q}&orgType=INSTITUTE", "ＳｉＣ　ＭＯＳＦＥＴ"))).isEmpty();
		assertThat(names(list("/api/labs?q={q}", "CRISPR"))).containsExactly("作物分子设计育种课题组");
		assertThat(number(list("/api/labs?q={q}", "' OR '1'='1").get("total"))).isZero();
		assertThat(number(list("/api/labs?q={q}", "%").get("total"))).isLessThan(number(first.get("total")));
		assertThat(number(list("/api/labs?q={q}", "_%_no such lab").get("total"))).isZero();
	}

	@Test
	void directoryRejectsUnknownFilters() {
		WebTestClient client = api().client();
		expectFieldError(client.get().uri("/api/labs?field=NOT_A_FIELD").exchange(), "field");
		expectFieldError(client.get().uri("/api/labs?province=XX").exchange(), "province");
		expectFieldError(client.get().uri("/api/labs?orgType=ALIENS").exchange(), "orgType");
		expectFieldError(client.get().uri("/api/labs?sort=bounty").exchange(), "sort");
		expectFieldError(client.get().uri("/api/labs?q={q}", "x".repeat(101)).exchange(), "q");
		expectFieldError(client.get().uri("/api/labs?size=101").exchange(), "size");
	}

	@Test
	void detailShowsPublicFieldsButNeverTheInvitationCode() {
		Map<String, Object> found = items(list("/api/labs?q={q}", WIDEBANDGAP)).get(0);
		api().client()
			.get()
			.uri("/api/labs/{id}", found.get("id"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo(WIDEBANDGAP)
			.jsonPath("$.organization.name").isEqualTo("长江理工大学")
			.jsonPath("$.organization.type").isEqualTo("UNIVERSITY")
			.jsonPath("$.organization.verified").isBoolean()
			.jsonPath("$.researchFields[0]").isEqualTo("POWER_SEMICONDUCTORS")
			.jsonPath("$.keywords").isArray()
			.jsonPath("$.teamSize").isNumber()
			.jsonPath("$.province").isEqualTo("HB")
			.jsonPath("$.trackRecord.awarded").isEqualTo(0)
			.jsonPath("$.trackRecord.onTimeRatio").isEmpty()
			.jsonPath("$.updatedAt").isNotEmpty()
			.jsonPath("$.invitationCode").doesNotExist()
			.jsonPath("$.version").doesNotExist();
		api().client().get().uri("/api/labs/{id}", UUID.randomUUID()).exchange().expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
		api().client().get().uri("/api/labs/not-a-uuid").exchange().expectStatus().isBadRequest();
	}

	@Test
	void memberReadsAndUpdatesTheirLab() {
		api().login("demo-lab", "Jiebang#Lab2026").get("/api/my/lab").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.name").isEqualTo(WIDEBANDGAP)
			.jsonPath("$.invitationCode").isNotEmpty()
			.jsonPath("$.version").isNumber();

		Session lab = newLab();
		Map<String, Object> mine = myLab(lab);
		assertThat(mine.get("invitationCode")).asString().isNotBlank();
		Map<String, Object> body = profile(number(mine.get("version")));
		body.put("keywords", List.of(" ＳｉＣ　 MOSFET ", "sic mosfet", "GaN", "  "));
		body.put("researchFields", List.of("POWER_SEMICONDUCTORS", "ELECTRIC_DRIVE", "POWER_SEMICONDUCTORS"));
		Map<String, Object> updated = json(put(lab, body).expectStatus().isOk());
		assertThat(updated.get("name")).isEqualTo(body.get("name"));
		assertThat(updated.get("keywords")).isEqualTo(List.of("sic mosfet", "gan"));
		assertThat(updated.get("researchFields")).isEqualTo(List.of("POWER_SEMICONDUCTORS", "ELECTRIC_DRIVE"));
		assertThat(updated.get("teamSize")).isEqualTo(12);
		assertThat(number(updated.get("version"))).isEqualTo(number(mine.get("version")) + 1);
		assertThat(myLab(lab)).isEqualTo(updated);

		Map<String, Object> publicView = json(api().client().get().uri("/api/labs/{id}", mine.get("id")).exchange());
		assertThat(publicView.get("capabilities")).isEqualTo(body.get("capabilities"));
		assertThat(publicView).doesNotContainKeys("invitationCode", "version");
		assertThat(names(list("/api/labs?field=ELECTRIC_DRIVE&province=ZJ&q={q}", "ＧａＮ"))).contains(body.get("name"));
	}

	@Test
	void invalidUpdatesAreRefusedWithFieldErrorsAndWriteNothing() {
		Session lab = newLab();
		Map<String, Object> before = myLab(lab);
		UUID id = UUID.fromString((String) before.get("id"));
		long audits = audits(id);
		long outbox = outbox(id);
		long version = number(before.get("version"));
		expectInvalid(lab, with(version, "name", "长".repeat(121)), "name");
		expectInvalid(lab, with(version, "name", "  "), "name");
		expectInvalid(lab, with(version, "summary", "s".repeat(1001)), "summary");
		expectInvalid(lab, with(version, "researchFields", List.of("COMPUTER_VISION", "NOT_A_FIELD")),
				"researchFields[1]");
		expectInvalid(lab, with(version, "province", "XX"), "province");
		expectInvalid(lab, with(version, "teamSize", 0), "teamSize");
		expectInvalid(lab, with(version, "teamSize", 10_001), "teamSize");
		expectInvalid(lab, with(version, "keywords", List.of("ok", "k".repeat(41))), "keywords[1]");
		expectInvalid(lab, with(version, "leader", "bad\u0000name"), "leader");
		expectInvalid(lab, with(version, "version", null), "version");
		Map<String, Object> many = with(version, "teamSize", 0);
		many.put("city", "c".repeat(61));
		many.put("keywords", IntStream.range(0, 31).mapToObj(i -> "kw" + i).toList());
		Map<String, Object> problem = json(put(lab, many).expectStatus().isBadRequest());
		assertThat(((List<?>) problem.get("errors")).stream().map(error -> (Object) ((Map<?, ?>) error).get("field")))
			.containsExactlyInAnyOrder("teamSize", "city", "keywords");
		put(lab, with(version, "teamSize", "many")).expectStatus().isBadRequest();
		lab.put("/api/my/lab").bodyValue("{\"name\": ").exchange().expectStatus().isBadRequest();

		assertThat(myLab(lab)).isEqualTo(before);
		assertThat(audits(id)).isEqualTo(audits);
		assertThat(outbox(id)).isEqualTo(outbox);
	}

	@Test
	void staleVersionIsAConflictAndRacingUpdatesLeaveOneWinner() {
		Session lab = newLab();
		long version = number(myLab(lab).get("version"));
		put(lab, with(version, "leader", "第一位")).expectStatus().isOk();
		put(lab, with(version, "leader", "迟到者")).expectStatus().isEqualTo(409).expectBody()
			.jsonPath("$.type").isEqualTo("/problems/concurrent-modification");
		assertThat(myLab(lab).get("leader")).isEqualTo("第一位");

		long current = version + 1;
		CompletableFuture<Integer> one = CompletableFuture
			.supplyAsync(() -> status(put(lab, with(current, "leader", "甲"))));
		CompletableFuture<Integer> two = CompletableFuture
			.supplyAsync(() -> status(put(lab, with(current, "leader", "乙"))));
		assertThat(List.of(one.join(), two.join())).containsExactlyInAnyOrder(200, 409);
		Map<String, Object> after = myLab(lab);
		assertThat(number(after.get("version"))).isEqualTo(current + 1);
		assertThat(after.get("leader")).isIn("甲", "乙");
	}

	@Test
	void fieldsOutsideTheProfileAreNeverApplied() {
		Session victim = newLab();
		Map<String, Object> theirs = myLab(victim);
		Session lab = newLab();
		Map<String, Object> mine = myLab(lab);
		Map<String, Object> body = profile(number(mine.get("version")));
		body.put("id", theirs.get("id"));
		body.put("organizationId", ((Map<?, ?>) theirs.get("organization")).get("id"));
		body.put("organization", Map.of("id", ((Map<?, ?>) theirs.get("organization")).get("id")));
		body.put("invitationCode", "HACKED2345");
		body.put("createdAt", "2000-01-01T00:00:00Z");
		body.put("trackRecord", Map.of("awarded", 99));
		Map<String, Object> updated = json(put(lab, body).expectStatus().isOk());
		assertThat(updated.get("id")).isEqualTo(mine.get("id"));
		assertThat(updated.get("organization")).isEqualTo(mine.get("organization"));
		assertThat(updated.get("invitationCode")).isEqualTo(mine.get("invitationCode"));
		assertThat(((Map<?, ?>) updated.get("trackRecord")).get("awarded")).isEqualTo(0);
		assertThat(myLab(victim)).isEqualTo(theirs);
	}

	@Test
	void onlyLabMembersHaveALab() {
		Session anonymous = api().anonymous();
		anonymous.get("/api/my/lab").exchange().expectStatus().isUnauthorized();
		put(anonymous, profile(0)).expectStatus().isUnauthorized();
		Session firm = api().login("demo-firm", "Jiebang#Firm2026");
		firm.get("/api/my/lab").exchange().expectStatus().isForbidden();
		put(firm, profile(0)).expectStatus().isForbidden();
		Session admin = api().login(ADMIN, ADMIN_PASSWORD);
		admin.get("/api/my/lab").exchange().expectStatus().isForbidden();
		anonymous.get("/api/labs?size=1").exchange().expectStatus().isOk();
	}

	@Test
	void anUpdateIsAuditedAndQueuedForTheSearchIndex() {
		Session lab = newLab();
		Map<String, Object> before = myLab(lab);
		UUID id = UUID.fromString((String) before.get("id"));
		assertThat(outbox(id)).as("registration queues the new lab").isEqualTo(1);
		Map<String, Object> body = profile(number(before.get("version")));
		put(lab, body).expectStatus().isOk();
		assertThat(outbox(id)).isEqualTo(2);
		List<Map<String, Object>> entries = this.db
			.sql("SELECT action, before_summary, after_summary FROM audit_log WHERE entity_type = 'lab'"
					+ " AND entity_id = :id ORDER BY seq")
			.bind("id", id.toString())
			.fetch()
			.all()
			.collectList()
			.block();
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).get("action")).isEqualTo("LAB_PROFILE_UPDATED");
		String after = (String) entries.get(0).get("after_summary");
		assertThat(after).contains("\"name\"", "\"capabilities\"", "\"teamSize\":12", "\"version\":1")
			.doesNotContain((String) body.get("capabilities"));
		assertThat((String) entries.get(0).get("before_summary")).contains("\"version\":0");

		put(lab, profile(1)).expectStatus().isOk();
		assertThat(audits(id)).as("an update that changes nothing writes nothing").isEqualTo(1);
		assertThat(outbox(id)).isEqualTo(2);
	}

	private Session newLab() {
		return api().register("LAB", "UNIVERSITY", Api.uniqueName("lab"));
	}

	private static Map<String, Object> profile(long version) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "碳化硅功率模块封装实验室");
		body.put("leader", "周海");
		body.put("summary", "面向新能源汽车电驱的SiC功率模块封装与可靠性。");
		body.put("researchFields", List.of("POWER_SEMICONDUCTORS", "ELECTRIC_DRIVE"));
		body.put("keywords", List.of("SiC", "银烧结", "功率循环"));
		body.put("capabilities", "具备银烧结、铜线键合、双面散热模块设计与功率循环测试的完整能力，" + "可靠性验证覆盖AQG 324。");
		body.put("achievements", "授权发明专利12项。");
		body.put("facilities", "银烧结设备、功率循环测试台。");
		body.put("teamSize", 12);
		body.put("province", "ZJ");
		body.put("city", "杭州市");
		body.put("version", version);
		return body;
	}

	private static Map<String, Object> with(long version, String field, Object value) {
		Map<String, Object> body = profile(version);
		body.put(field, value);
		return body;
	}

	private static WebTestClient.ResponseSpec put(Session session, Map<String, Object> body) {
		return session.put("/api/my/lab").bodyValue(body).exchange();
	}

	private static int status(WebTestClient.ResponseSpec response) {
		return response.returnResult(String.class).getStatus().value();
	}

	private static void expectInvalid(Session session, Map<String, Object> body, String field) {
		expectFieldError(put(session, body), field);
	}

	private static void expectFieldError(WebTestClient.ResponseSpec response, String field) {
		response.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/validation")
			.jsonPath("$.errors[0].field").isEqualTo(field)
			.jsonPath("$.errors[0].message").isNotEmpty();
	}

	private Map<String, Object> myLab(Session session) {
		return json(session.get("/api/my/lab").exchange().expectStatus().isOk());
	}

	private Map<String, Object> list(String uri, Object... variables) {
		return json(api().client().get().uri(uri, variables).exchange().expectStatus().isOk());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(WebTestClient.ResponseSpec response) {
		return response.expectBody(Map.class).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

	private static List<Object> names(Map<String, Object> page) {
		return items(page).stream().map(lab -> lab.get("name")).toList();
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	private long audits(UUID id) {
		return count("SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = 'lab' AND entity_id = :id",
				id.toString());
	}

	private long outbox(UUID id) {
		return count("SELECT COUNT(*) AS n FROM search_outbox WHERE entity_type = 'LAB' AND entity_id = :id", id);
	}

	private long count(String sql, Object id) {
		return this.db.sql(sql).bind("id", id).map((row, meta) -> row.get("n", Long.class)).one().block();
	}

}
