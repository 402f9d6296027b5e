package org.jiebang.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.support.Api;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search and matching through the API on a real database (SPEC §6): freshness, synonyms both ways, facet
 * counts against the database, bids never indexed, hostile input, matching with explanations and its
 * authorization, push notifications, and a rebuild under concurrent writes.
 */
abstract class SearchScenarios extends IntegrationTestSupport {

	@Autowired
	DatabaseClient db;

	@Autowired
	Environment environment;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchOutbox outbox;

	private Cast cast;

	private MarketplaceFixture market;

	@BeforeEach
	void signInAndAwaitIndex() {
		this.cast = Cast.signIn(api());
		this.market = new MarketplaceFixture(this.cast);
		awaitCaughtUp();
	}

	@Test
	void aPublishedChallengeIsSearchableWithinASecondAndSiCDemoChallengesAreFoundInChinese() {
		String marker = LabProfiles.marker("fresh");
		long start = System.nanoTime();
		String id = this.market.published("栅氧可靠性 " + marker, MarketplaceFixture.OPEN_FOR_HOURS);
		long published = System.nanoTime();
		Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(
				() -> ids(search("/api/search/challenges?q={q}", marker)).contains(id));
		long found = System.nanoTime();
		System.out.printf("search freshness: publish call %d ms, then searchable after %d ms%n",
				(published - start) / 1_000_000, (found - published) / 1_000_000);

		Map<String, Object> sic = search("/api/search/challenges?q={q}&size=50", "碳化硅");
		assertThat(titles(sic)).isNotEmpty().anyMatch(title -> title.contains("碳化硅") || title.contains("SiC"));
		Map<String, Object> first = items(sic).get(0);
		assertThat(first.get("highlights")).asString().contains("hit=true");
	}

	@Test
	void synonymsFindSiCForCarbonSiliconAndTheReverse() {
		String english = newLabWithProfile("Only SiC power device packaging and SiC epitaxy " + Api.uniqueName("en"));
		String chinese = newLabWithProfile("专注碳化硅外延与碳化硅功率模块封装 " + Api.uniqueName("zh"));
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(ids(search("/api/search/labs?q={q}&size=100", "碳化硅"))).contains(english, chinese);
			assertThat(ids(search("/api/search/labs?q={q}&size=100", "SiC"))).contains(english, chinese);
			assertThat(ids(search("/api/search/labs?q={q}&size=100", "silicon carbide"))).contains(english, chinese);
			assertThat(ids(search("/api/search/labs?q={q}&size=100", "ＳｉＣ"))).contains(english, chinese);
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void facetCountsEqualDatabaseCountsForTheSameFilter() {
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Map<String, Object> all = search("/api/search/challenges?size=1");
			Map<String, Object> facets = (Map<String, Object>) all.get("facets");
			assertThat(counts(facets.get("status"))).isEqualTo(database("status", null));
			assertThat(counts(facets.get("chain"))).isEqualTo(database("industry_chain", null));
			assertThat(counts(facets.get("region"))).isEqualTo(database("province", null));
			assertThat(counts(facets.get("type"))).isEqualTo(database("challenge_type", null));
			assertThat(((Number) all.get("total")).longValue())
				.isEqualTo(database("status", null).values().stream().mapToLong(Long::longValue).sum());

			Map<String, Object> published = search("/api/search/challenges?size=1&status=PUBLISHED");
			Map<String, Object> publishedFacets = (Map<String, Object>) published.get("facets");
			assertThat(counts(publishedFacets.get("chain"))).isEqualTo(database("industry_chain", "PUBLISHED"));
			// The facet that is filtered on still counts its other values.
			assertThat(counts(publishedFacets.get("status"))).isEqualTo(database("status", null));
		});
	}

	@Test
	void bidContentIsInNoSearchResponseAndInNoIndexFile() throws IOException {
		String marker = LabProfiles.marker("sealed");
		String challengeMarker = LabProfiles.marker("visible");
		String id = this.market.published("栅氧 " + challengeMarker, MarketplaceFixture.OPEN_FOR_HOURS);
		MarketplaceFixture.submittedBid(this.cast.bidder(), id, MarketplaceFixture.bidBody(marker, "800000.00"));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(
				() -> ids(search("/api/search/challenges?q={q}", challengeMarker)).contains(id));
		awaitCaughtUp();

		for (String uri : List.of("/api/search/challenges?q={q}", "/api/search/labs?q={q}")) {
			Reply reply = Reply.get(this.cast.admin(), uri.replace("{q}", marker)).expect(200);
			assertThat(reply.body()).doesNotContain(marker);
			assertThat(((Number) reply.json().get("total")).longValue()).isZero();
		}
		Reply matches = Reply.get(this.cast.firm(), "/api/challenges/" + id + "/matches").expect(200);
		assertThat(matches.body()).doesNotContain(marker);

		Path folder = Path.of(this.environment.getRequiredProperty("jiebang.data-dir")).resolve("search");
		byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
		// Every byte of every index file, then every term of every index: the challenge's words are there, the
		// bid's are not. A commit or a retired generation can delete files while they are read (files gone
		// under a listed folder): read everything again.
		Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreExceptionsInstanceOf(IOException.class).untilAsserted(() -> {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					assertThat(indexOf(Files.readAllBytes(file), needle)).as("bid marker in %s", file).isEqualTo(-1);
				}
			}
			List<String> terms = IndexTerms.all(folder);
			assertThat(terms).anyMatch(term -> term.contains(challengeMarker));
			assertThat(terms).noneMatch(term -> term.contains(marker));
		});
	}

	@Test
	void hostileQueryStringsAreAnsweredWithoutServerErrors() {
		List<String> hostile = List.of("\"", "*", "(", ")", "\\", "a:b", "title:(x OR y)", "~1", "^2", "[a TO b]",
				"{", "&&", "||", "!", "/regex/", "?", "%", "'; DROP TABLE challenges; --", "x".repeat(10_000),
				"碳化硅".repeat(1_000), "😀🚀", "\u0000", "\uD800", "<script>alert(1)</script>", "NOT", "AND OR");
		for (String q : hostile) {
			for (String path : List.of("/api/search/challenges", "/api/search/labs")) {
				int status = this.cast.anonymous().get(path + "?q={q}", q).exchange().returnResult(String.class).getStatus()
					.value();
				assertThat(status).as("%s q=%s", path, q.length() > 20 ? q.substring(0, 20) : q).isIn(200, 400);
			}
		}
		Reply badSort = Reply.get(this.cast.anonymous(), "/api/search/challenges?sort=loudest").expect(400);
		assertThat(badSort.isProblem()).isTrue();
		assertThat(badSort.errorFields()).contains("sort");
		assertThat(Reply.get(this.cast.anonymous(), "/api/search/challenges?status=DRAFT").expect(400).errorFields())
			.contains("status");
		assertThat(Reply.get(this.cast.anonymous(), "/api/search/challenges?bountyMin=abc&bountyMax=-1").expect(400)
			.errorFields()).contains("bountyMin", "bountyMax");
		assertThat(Reply.get(this.cast.anonymous(), "/api/search/challenges?deadlineFrom=tomorrow").expect(400)
			.errorFields()).contains("deadlineFrom");
		assertThat(Reply.get(this.cast.anonymous(), "/api/search/challenges?page=600&size=20").expect(400)
			.errorFields()).contains("page");
		assertThat(Reply.get(this.cast.anonymous(), "/api/search/labs?orgType=ALIENS").expect(400).errorFields())
			.contains("orgType");
	}

	@Test
	void filtersSortsAndPagesAgreeWithEachOther() {
		Map<String, Object> byBounty = search("/api/search/challenges?sort=bounty&size=100");
		List<Double> bounties = items(byBounty).stream()
			.map(item -> Double.parseDouble(String.valueOf(challenge(item).get("bounty"))))
			.toList();
		assertThat(bounties).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		String middle = String.valueOf(challenge(items(byBounty).get(bounties.size() / 2)).get("bounty"));
		double value = Double.parseDouble(middle);
		Map<String, Object> ranged = search("/api/search/challenges?bountyMin={min}&bountyMax={max}&size=100", middle,
				middle);
		assertThat(items(ranged)).isNotEmpty().allSatisfy(item -> assertThat(
				Double.parseDouble(String.valueOf(challenge(item).get("bounty")))).isEqualTo(value));
		Map<String, Object> above = search("/api/search/challenges?bountyMin={min}&size=100", middle);
		assertThat(items(above)).allSatisfy(item -> assertThat(
				Double.parseDouble(String.valueOf(challenge(item).get("bounty")))).isGreaterThanOrEqualTo(value));
		Map<String, Object> page1 = search("/api/search/challenges?sort=newest&size=2&page=1");
		Map<String, Object> page2 = search("/api/search/challenges?sort=newest&size=2&page=2");
		assertThat(ids(page1)).doesNotContainAnyElementsOf(ids(page2));
		assertThat(page1.get("total")).isEqualTo(page2.get("total"));
		Map<String, Object> gd = search("/api/search/challenges?region=GD&size=100");
		assertThat(items(gd)).allSatisfy(item -> assertThat(challenge(item).get("province")).isEqualTo("GD"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void matchesExplainThemselvesAndOnlyTheFirmAndAdministratorsSeeThem() {
		String id = this.market.published("碳化硅 MOSFET 栅氧可靠性 " + Api.uniqueName("m"),
				MarketplaceFixture.OPEN_FOR_HOURS);
		String uri = "/api/challenges/" + id + "/matches";
		Reply.get(this.cast.anonymous(), uri).expect(401);
		Reply.get(this.cast.bidder(), uri).expect(403);
		Reply.get(this.cast.otherFirm(), uri).expect(403);
		Reply.get(this.cast.admin(), uri).expect(200);
		Reply.get(this.cast.admin(), "/api/challenges/" + java.util.UUID.randomUUID() + "/matches").expect(404);
		Reply.get(this.cast.firm(), uri + "?limit=0").expect(400);

		List<Map<String, Object>> items = (List<Map<String, Object>>) Reply.get(this.cast.firm(), uri + "?limit=10")
			.expect(200)
			.json()
			.get("items");
		assertThat(items).isNotEmpty().hasSizeLessThanOrEqualTo(10);
		double previous = Double.MAX_VALUE;
		for (Map<String, Object> item : items) {
			double score = ((Number) item.get("score")).doubleValue();
			assertThat(score).isLessThanOrEqualTo(previous + 1e-9);
			previous = score;
			Map<String, Object> explanation = (Map<String, Object>) item.get("explanation");
			List<Map<String, Object>> factors = (List<Map<String, Object>>) explanation.get("factors");
			assertThat(factors).extracting(f -> f.get("factor"))
				.containsExactly("TEXT", "TAGS", "TRACK_RECORD", "REGION");
			double sum = factors.stream().mapToDouble(f -> ((Number) f.get("share")).doubleValue()).sum();
			assertThat(sum).isCloseTo(score, org.assertj.core.data.Offset.offset(1e-6));
			assertThat(((Map<String, Object>) item.get("lab")).get("id")).isNotNull();
		}
		Map<String, Object> best = (Map<String, Object>) items.get(0).get("explanation");
		assertThat((Map<String, Object>) best.get("matchedTerms")).isNotEmpty();
		assertThat(Reply.get(this.cast.firm(), uri).body()).contains("宽禁带半导体功率器件实验室");
	}

	@Test
	void labsGetRecommendationsAndThePushOfANewMatchingChallenge() {
		String username = Api.uniqueName("pushlab");
		Session lab = api().register("LAB", "UNIVERSITY", username);
		LabProfiles.write(lab, "碳化硅 MOSFET 栅氧可靠性 高温栅偏 阈值电压漂移 SiC 功率器件 " + username);
		awaitCaughtUp();
		String id = this.market.published("碳化硅 MOSFET 栅氧可靠性攻关 " + Api.uniqueName("p"),
				MarketplaceFixture.OPEN_FOR_HOURS);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> notifications = (List<Map<String, Object>>) Reply.get(lab, "/api/notifications")
			.expect(200)
			.json()
			.get("items");
		assertThat(notifications).anySatisfy(n -> {
			assertThat(n.get("kind")).isEqualTo("RECOMMENDED_CHALLENGE");
			assertThat(n.get("link")).isEqualTo("/challenges/" + id);
		});

		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Reply recommended = Reply.get(lab, "/api/my/recommendations?limit=50").expect(200);
			assertThat(recommended.body()).contains(id);
		});
		Reply.get(this.cast.firm(), "/api/my/recommendations").expect(403);
		Reply.get(this.cast.anonymous(), "/api/my/recommendations").expect(401);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRebuildUnderConcurrentWritesLosesNothingAndOnlyAdministratorsControlIt() throws Exception {
		for (Session outsider : List.of(this.cast.firm(), this.cast.bidder())) {
			Reply.get(outsider, "/api/admin/search/status").expect(403);
			Reply.post(outsider, "/api/admin/search/rebuild", null).expect(403);
		}
		Reply.get(this.cast.anonymous(), "/api/admin/search/status").expect(401);

		Session lab = api().register("LAB", "INSTITUTE", Api.uniqueName("rebuild"));
		List<String> markers = new java.util.ArrayList<>();
		CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> {
			for (int i = 0; i < 6; i++) {
				String marker = LabProfiles.marker("rebuilt");
				markers.add(marker);
				LabProfiles.write(lab, "流体仿真 " + marker);
			}
		});
		Reply started = Reply.post(this.cast.admin(), "/api/admin/search/rebuild", null).expect(202);
		assertThat(started.json().get("rebuild")).isNotNull();
		String challenge = this.market.published("重建期间发布 " + Api.uniqueName("r"), MarketplaceFixture.OPEN_FOR_HOURS);
		writes.get();
		Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			Map<String, Object> status = Reply.get(this.cast.admin(), "/api/admin/search/status").expect(200).json();
			assertThat(((Map<String, Object>) status.get("rebuild")).get("running")).isEqualTo(false);
			assertThat(((Map<String, Object>) status.get("rebuild")).get("error")).isNull();
			assertThat(status.get("state")).isEqualTo("READY");
		});
		awaitCaughtUp();
		String last = markers.get(markers.size() - 1);
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(search("/api/search/labs?q={q}", last).get("total")).isEqualTo(1);
			assertThat(ids(search("/api/search/challenges?q={q}&size=100", "重建期间发布"))).contains(challenge);
			Map<String, Object> status = Reply.get(this.cast.admin(), "/api/admin/search/status").expect(200).json();
			Map<String, Object> documents = (Map<String, Object>) status.get("documents");
			assertThat(((Number) documents.get("labs")).longValue()).isEqualTo(count("SELECT COUNT(*) FROM labs"));
			assertThat(((Number) documents.get("challenges")).longValue()).isEqualTo(
					count("SELECT COUNT(*) FROM challenges WHERE status IN (" + publicStatuses() + ")"));
		});
		for (String earlier : markers.subList(0, markers.size() - 1)) {
			assertThat(search("/api/search/labs?q={q}", earlier).get("total")).isEqualTo(0);
		}
	}

	@Test
	void theOutboxIsPrunedOnlyBehindTheSlowestInstanceAndAnIndexBehindThePrunedPartRebuilds() {
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> this.index.committedPosition() == this.index.position());
		long mine = this.index.committedPosition();
		this.outbox.recordPosition(this.index.instance(), mine).block(Duration.ofSeconds(10));
		this.outbox.recordPosition("slow-instance", 3).block(Duration.ofSeconds(10));
		long after = count("SELECT COUNT(*) FROM search_outbox WHERE id > 3");
		this.outbox.prune(SearchMaintenance.SEEN_WITHIN, Duration.ZERO).block(Duration.ofSeconds(10));
		assertThat(count("SELECT COUNT(*) FROM search_outbox WHERE id <= 3")).isZero();
		assertThat(count("SELECT COUNT(*) FROM search_outbox WHERE id > 3")).isEqualTo(after);

		this.db.sql("DELETE FROM search_positions WHERE instance_id = 'slow-instance'").then().block(Duration.ofSeconds(10));
		long pruned = this.outbox.prune(SearchMaintenance.SEEN_WITHIN, Duration.ZERO).block(Duration.ofSeconds(10));
		assertThat(pruned).isLessThanOrEqualTo(mine);
		assertThat(count("SELECT COUNT(*) FROM search_outbox WHERE id <= " + mine)).isZero();
		assertThat(this.outbox.prunedUpTo().block(Duration.ofSeconds(10))).isEqualTo(pruned);

		// An index whose position is behind the pruned part cannot follow the log: it rebuilds.
		this.db.sql("UPDATE search_outbox_pruned SET up_to = " + (this.index.position() + 1_000_000) + " WHERE id = 1")
			.then()
			.block(Duration.ofSeconds(10));
		try {
			this.index.rebuildIfBehind().block(Duration.ofSeconds(10));
			assertThat(this.index.rebuildStatus()).isNotNull();
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !this.index.rebuildStatus().running());
			assertThat(this.index.rebuildStatus().error()).isNull();
		}
		finally {
			this.db.sql("UPDATE search_outbox_pruned SET up_to = " + pruned + " WHERE id = 1").then().block(Duration.ofSeconds(10));
		}
		awaitCaughtUp();
		assertThat(ids(search("/api/search/challenges?q={q}&size=50", "碳化硅"))).isNotEmpty();
	}

	// Helpers.

	private void awaitCaughtUp() {
		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
			Map<String, Object> status = Reply.get(api().login(ADMIN, ADMIN_PASSWORD), "/api/admin/search/status")
				.expect(200)
				.json();
			assertThat(status.get("state")).isEqualTo("READY");
			assertThat(((Number) ((Map<?, ?>) status.get("outbox")).get("lag")).longValue()).isZero();
		});
	}

	private Map<String, Object> search(String uri, Object... variables) {
		return Reply.of("GET", uri, this.cast.anonymous().get(uri, variables)).expect(200).json();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> challenge(Map<String, Object> item) {
		return (Map<String, Object>) item.get("challenge");
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Map<String, Object> page) {
		return items(page).stream().map(item -> {
			Map<String, Object> entity = (Map<String, Object>) (item.containsKey("challenge") ? item.get("challenge")
					: item.get("lab"));
			return (String) entity.get("id");
		}).toList();
	}

	private static List<String> titles(Map<String, Object> page) {
		return items(page).stream().map(item -> (String) challenge(item).get("title")).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Long> counts(Object facet) {
		Map<String, Long> counts = new HashMap<>();
		for (Map<String, Object> entry : (List<Map<String, Object>>) facet) {
			counts.put((String) entry.get("value"), ((Number) entry.get("count")).longValue());
		}
		return counts;
	}

	private Map<String, Long> database(String column, String status) {
		String where = "status IN (" + publicStatuses() + ")" + (status == null ? "" : " AND status = '" + status + "'");
		Map<String, Long> counts = new HashMap<>();
		this.db.sql("SELECT " + column + " AS v, COUNT(*) AS n FROM challenges WHERE " + where + " AND " + column
				+ " IS NOT NULL GROUP BY " + column)
			.map((row, meta) -> Map.entry(row.get("v", String.class), ((Number) row.get("n")).longValue()))
			.all()
			.doOnNext(entry -> counts.put(entry.getKey(), entry.getValue()))
			.blockLast(Duration.ofSeconds(10));
		return counts;
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> ((Number) row.get(0)).longValue()).one().block(Duration.ofSeconds(10));
	}

	private static String publicStatuses() {
		return String.join(",", ChallengeStatus.PUBLIC.stream().map(s -> "'" + s.name() + "'").toList());
	}

	private String newLabWithProfile(String capabilities) {
		Session lab = api().register("LAB", "UNIVERSITY", Api.uniqueName("syn"));
		LabProfiles.write(lab, capabilities);
		return (String) Reply.get(lab, "/api/my/lab").expect(200).json().get("id");
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
