package org.jiebang.clarify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.jiebang.support.Api;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * SPEC §2 clarifications (答疑), follows and invitations (邀请揭榜): questions and answers are public
 * without the asker's identity; an answer that changes the terms is an administrator's amendment; the
 * labs that bid or follow hear of answers; invitations are idempotent and end with bidding.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ClarificationScenarios extends IntegrationTestSupport {

	private Cast cast;

	private MarketplaceFixture fixture;

	private Session asker;

	private Session bystander;

	private List<String> askerIdentity;

	private String bystanderLab;

	private String open;

	private String closing;

	@BeforeAll
	void prepare() {
		this.cast = Cast.signIn(api());
		this.fixture = new MarketplaceFixture(this.cast);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.closing = this.fixture.published("答疑截止 " + suffix, Duration.ofSeconds(8));
		this.open = this.fixture.published("答疑开放 " + suffix, MarketplaceFixture.OPEN_FOR_HOURS);
		this.asker = api().login("lab-qc-cmc", Cast.DEMO_PASSWORD);
		this.bystander = api().login("lab-ys-alloy", Cast.DEMO_PASSWORD);
		this.bystanderLab = Cast.labId(this.bystander).toString();
		Map<String, Object> me = Cast.me(this.asker);
		Map<?, ?> lab = (Map<?, ?>) me.get("lab");
		Map<?, ?> organization = (Map<?, ?>) me.get("organization");
		this.askerIdentity = List.of(String.valueOf(me.get("id")), String.valueOf(me.get("username")),
				String.valueOf(me.get("displayName")), String.valueOf(lab.get("id")), String.valueOf(lab.get("name")),
				String.valueOf(organization.get("id")), String.valueOf(organization.get("name")));
		assertThat(this.askerIdentity).doesNotContain("null");
		MarketplaceFixture.submittedBid(this.cast.bidder(), this.open, MarketplaceFixture.bidBody("QA" + suffix,
				"700000.00"));
	}

	@Test
	@Order(1)
	void questionsAndAnswersArePublicWithoutTheAskersIdentityAndReachBiddersAndFollowers() {
		String clarifications = "/api/challenges/" + this.open + "/clarifications";
		String question = "样品测试温度是否包含 175 °C？ " + UUID.randomUUID();
		Reply asked = Reply.post(this.asker, clarifications, Map.of("question", question)).expect(201);
		assertThat(asked.json()).containsEntry("question", question)
			.containsEntry("askedByMyLab", true)
			.containsEntry("answer", null);
		String id = asked.text("id");
		Reply.post(this.cast.otherLab(), "/api/challenges/" + this.open + "/follow", null).expect(200);

		List<Reply> replies = new ArrayList<>(List.of(asked));
		Reply firmView = Reply.get(this.cast.firm(), clarifications).expect(200);
		assertThat(find(firmView, id)).containsEntry("askedByMyLab", false).containsEntry("answer", null);
		assertThat(find(Reply.get(this.asker, clarifications).expect(200), id)).containsEntry("askedByMyLab", true);
		assertThat(ids(Reply.get(this.cast.anonymous(), clarifications).expect(200)))
			.as("an open question is not public before its answer")
			.doesNotContain(id);
		assertThat(ids(Reply.get(this.cast.otherLab(), clarifications).expect(200))).doesNotContain(id);

		Reply answered = Reply.post(this.cast.firm(), "/api/clarifications/" + id + "/answer",
				Map.of("answer", "包含，175 °C 下 1000 小时。", "changesTerms", false)).expect(200);
		assertThat(answered.json()).containsEntry("answer", "包含，175 °C 下 1000 小时。").containsEntry("changesTerms", false);
		replies.addAll(List.of(firmView, answered));
		for (Session viewer : List.of(this.cast.anonymous(), this.cast.otherLab(), this.cast.otherFirm(),
				this.cast.bidder(), this.cast.firm(), this.cast.admin(), this.bystander)) {
			Reply list = Reply.get(viewer, clarifications).expect(200);
			assertThat(find(list, id)).containsEntry("question", question)
				.containsEntry("answer", "包含，175 °C 下 1000 小时。")
				.containsEntry("askedByMyLab", false)
				.containsKeys("askedAt", "answeredAt", "changesTerms");
			replies.add(list);
		}
		Reply twice = Reply.post(this.cast.admin(), "/api/clarifications/" + id + "/answer",
				Map.of("answer", "再答一次", "changesTerms", false));
		assertThat(twice.status() + " " + twice.problemType()).isEqualTo("409 clarification-answered");
		replies.add(twice);

		Map<String, Object> askedNotice = notification(this.cast.firm(), "CLARIFICATION_ASKED", id);
		assertThat(askedNotice).as("the firm hears of the question").isNotNull();
		replies.add(new Reply("GET", "/api/notifications", 200, "application/json", askedNotice.toString()));
		assertThat(notification(this.cast.bidder(), "CLARIFICATION_ANSWERED", id)).as("a bidding lab").isNotNull();
		assertThat(notification(this.cast.otherLab(), "CLARIFICATION_ANSWERED", id)).as("a following lab").isNotNull();
		assertThat(notification(this.asker, "CLARIFICATION_ANSWERED", id)).as("the asking lab").isNotNull();
		assertThat(notification(this.bystander, "CLARIFICATION_ANSWERED", id)).as("an uninvolved lab").isNull();

		List<String> leaks = new ArrayList<>();
		for (Reply reply : replies) {
			this.askerIdentity.stream()
				.filter(reply.body()::contains)
				.forEach(value -> leaks.add(reply.method() + " " + reply.uri() + " reveals " + value));
		}
		if (!leaks.isEmpty()) {
			fail(String.join("\n", leaks));
		}

		Map<String, Object> audit = Reply.get(this.cast.admin(), "/api/admin/audit?entityId=" + id).expect(200).json();
		List<?> entries = (List<?>) audit.get("items");
		assertThat(entries.stream().map(e -> String.valueOf(((Map<?, ?>) e).get("action"))).toList())
			.contains("CLARIFICATION_ASKED", "CLARIFICATION_ANSWERED");
		Map<?, ?> askedEntry = entries.stream()
			.map(e -> (Map<?, ?>) e)
			.filter(e -> "CLARIFICATION_ASKED".equals(e.get("action")))
			.findFirst()
			.orElseThrow();
		assertThat(askedEntry.get("actorName")).as("the admin-only log keeps the asker").isEqualTo("lab-qc-cmc");
		assertThat(String.valueOf(askedEntry.get("after"))).doesNotContain(this.askerIdentity.get(3),
				this.askerIdentity.get(4));
	}

	@Test
	@Order(2)
	void anAnswerThatChangesTheTermsIsAnAdministratorsAmendmentAndMovesTheDeadline() {
		String challenge = this.fixture.published("答疑修订 " + UUID.randomUUID().toString().substring(0, 8),
				Duration.ofHours(2));
		String question = "榜额能否提高以覆盖流片费用？";
		String id = Reply.post(this.asker, "/api/challenges/" + challenge + "/clarifications",
				Map.of("question", question)).expect(201).text("id");
		String answer = "/api/clarifications/" + id + "/answer";
		Map<String, Object> amendment = Map.of("bounty", "1200000.00");

		Reply byFirm = Reply.post(this.cast.firm(), answer,
				Map.of("answer", "同意提高榜额。", "changesTerms", true, "amendment", amendment));
		assertThat(byFirm.status() + " " + byFirm.problemType()).isEqualTo("403 terms-change-admin-only");
		assertThat(byFirm.isProblem()).isTrue();
		Reply withoutChanges = Reply.post(this.cast.admin(), answer, Map.of("answer", "同意。", "changesTerms", true));
		assertThat(withoutChanges.status()).isEqualTo(400);
		assertThat(withoutChanges.errorFields()).containsExactly("amendment");
		Reply changesWithoutTerms = Reply.post(this.cast.firm(), answer,
				Map.of("answer", "同意。", "changesTerms", false, "amendment", amendment));
		assertThat(changesWithoutTerms.errorFields()).containsExactly("amendment");
		assertThat(find(Reply.get(this.cast.firm(), "/api/challenges/" + challenge + "/clarifications").expect(200),
				id)).as("refused answers leave the question open").containsEntry("answer", null);

		Instant before = Instant.now();
		Map<String, Object> answered = Reply.post(this.cast.admin(), answer,
				Map.of("answer", "榜额提高至 120 万元。", "changesTerms", true, "amendment", amendment))
			.expect(200)
			.json();
		assertThat(answered).containsEntry("changesTerms", true);
		Map<String, Object> view = Reply.get(this.cast.anonymous(), "/api/challenges/" + challenge).expect(200).json();
		assertThat(view.get("bounty")).isEqualTo("1200000.00");
		assertThat(Instant.parse((String) view.get("bidDeadline")))
			.as("a term-changing amendment moves the deadline to at least 7 days away")
			.isAfterOrEqualTo(before.plus(Duration.ofDays(7)).minusSeconds(5));
		assertThat(view.get("termsChangedAt")).isNotNull();
		List<?> amendments = (List<?>) view.get("amendments");
		assertThat(amendments).isNotEmpty();
		assertThat(String.valueOf(((Map<?, ?>) amendments.get(amendments.size() - 1)).get("reason")))
			.contains(question);
		assertThat(find(Reply.get(this.cast.anonymous(), "/api/challenges/" + challenge + "/clarifications")
			.expect(200), id)).containsEntry("changesTerms", true);
	}

	@Test
	@Order(3)
	void onlyLabsOfOtherOrganizationsAskAndOnlyWhileBiddingIsOpen() {
		String clarifications = "/api/challenges/" + this.open + "/clarifications";
		Map<String, Object> body = Map.of("question", "可以提供样品吗？");
		Reply.post(this.cast.firm(), clarifications, body).expect(403);
		Reply.post(this.cast.admin(), clarifications, body).expect(403);
		Reply.post(this.cast.anonymous(), clarifications, body).expect(401);
		Reply own = Reply.post(ownOrganizationLab(), clarifications, body);
		assertThat(own.status() + " " + own.problemType()).isEqualTo("403 own-challenge");
		assertThat(Reply.post(this.asker, clarifications, Map.of("question", " ")).errorFields())
			.containsExactly("question");
		assertThat(Reply.post(this.asker, clarifications, Map.of("question", "问".repeat(2001))).errorFields())
			.containsExactly("question");
		Reply.post(this.asker, "/api/challenges/" + this.fixture.draft("草稿", Duration.ofHours(2))
				+ "/clarifications", body).expect(404);

		this.fixture.awaitClosed(this.closing);
		Reply late = Reply.post(this.asker, "/api/challenges/" + this.closing + "/clarifications", body);
		assertThat(late.status() + " " + late.problemType()).isEqualTo("409 clarification-window-closed");
		Reply.get(this.cast.anonymous(), "/api/challenges/" + this.closing + "/clarifications").expect(200);
	}

	@Test
	@Order(4)
	void followingIsIdempotentAndListedForTheLab() {
		String follow = "/api/challenges/" + this.open + "/follow";
		assertThat(Reply.post(this.bystander, follow, null).expect(200).json()).containsEntry("following", true);
		String since = Reply.post(this.bystander, follow, null).expect(200).text("followedAt");
		assertThat(Reply.get(this.bystander, follow).expect(200).json()).containsEntry("following", true)
			.containsEntry("followedAt", since);
		List<Map<String, Object>> mine = Reply.get(this.bystander, "/api/my/follows").expect(200).list();
		assertThat(mine).filteredOn(f -> this.open.equals(f.get("challengeId"))).singleElement().satisfies(f -> {
			assertThat(f).containsEntry("status", "PUBLISHED").containsEntry("bounty", "1000000.00")
				.containsEntry("open", true)
				.containsKeys("title", "bidDeadline", "followedAt");
		});
		Reply.of("DELETE", follow, this.bystander.delete(follow)).expect(204);
		Reply.of("DELETE", follow, this.bystander.delete(follow)).expect(204);
		assertThat(Reply.get(this.bystander, follow).expect(200).json()).containsEntry("following", false);
		assertThat(Reply.get(this.bystander, "/api/my/follows").expect(200).list())
			.noneMatch(f -> this.open.equals(f.get("challengeId")));
		Reply.post(this.bystander, "/api/challenges/" + this.fixture.draft("草稿关注", Duration.ofHours(2)) + "/follow",
				null).expect(404);
	}

	@Test
	@Order(5)
	void invitationsAreIdempotentNotifyTheLabAndEndWithBidding() {
		String invitations = "/api/challenges/" + this.open + "/invitations";
		Map<String, Object> body = Map.of("labId", this.bystanderLab, "message", "诚邀贵团队揭榜。");
		Reply first = Reply.post(this.cast.firm(), invitations, body).expect(201);
		Reply again = Reply.post(this.cast.firm(), invitations, body).expect(200);
		assertThat(again.text("id")).isEqualTo(first.text("id"));
		Map<?, ?> challengeRef = (Map<?, ?>) first.json().get("challenge");
		assertThat(challengeRef.get("id")).isEqualTo(this.open);
		assertThat(((Map<?, ?>) first.json().get("lab")).get("id")).isEqualTo(this.bystanderLab);

		List<Map<String, Object>> mine = Reply.get(this.bystander, "/api/my/invitations").expect(200).list();
		assertThat(mine).filteredOn(i -> first.text("id").equals(i.get("id"))).singleElement().satisfies(i -> {
			Map<?, ?> challenge = (Map<?, ?>) i.get("challenge");
			assertThat(challenge.get("title")).asString().startsWith("答疑开放");
			assertThat(challenge.get("status")).isEqualTo("PUBLISHED");
			assertThat(challenge.get("bounty")).isEqualTo("1000000.00");
			assertThat(challenge.get("bidDeadline")).isNotNull();
			assertThat(challenge.get("organizationName")).isNotNull();
			assertThat(i.get("message")).isEqualTo("诚邀贵团队揭榜。");
		});
		assertThat(notifications(this.bystander, "INVITED_TO_BID").stream()
			.filter(n -> this.open.equals(((Map<?, ?>) n.get("params")).get("challengeId")))).hasSize(1);
		for (Session insider : List.of(this.cast.firm(), this.cast.admin())) {
			assertThat(Reply.get(insider, invitations).expect(200).list()
				.stream()
				.map(i -> String.valueOf(((Map<?, ?>) i.get("lab")).get("id")))
				.toList()).containsExactly(this.bystanderLab);
		}
		Reply.get(this.cast.otherFirm(), invitations).expect(403);
		Reply.get(this.bystander, invitations).expect(403);

		assertThat(Reply.post(this.cast.firm(), invitations,
				Map.of("labId", Cast.labId(ownOrganizationLab()).toString())).errorFields()).containsExactly("labId");
		assertThat(Reply.post(this.cast.firm(), invitations, Map.of("labId", UUID.randomUUID().toString()))
			.errorFields()).containsExactly("labId");
		assertThat(Reply.post(this.cast.firm(), invitations, Map.of("message", "没有团队")).errorFields())
			.containsExactly("labId");
		Reply draft = Reply.post(this.cast.firm(),
				"/api/challenges/" + this.fixture.draft("草稿邀请", Duration.ofHours(2)) + "/invitations", body);
		assertThat(draft.status() + " " + draft.problemType()).isEqualTo("409 challenge-state");

		this.fixture.awaitClosed(this.closing);
		Reply late = Reply.post(this.cast.firm(), "/api/challenges/" + this.closing + "/invitations", body);
		assertThat(late.status() + " " + late.problemType()).isEqualTo("409 bid-window-closed");
		assertThat(Reply.get(this.cast.firm(), "/api/challenges/" + this.closing + "/invitations").expect(200).list())
			.isEmpty();
	}

	/** A LAB member of the firm's own organization, joined with the organization's invitation code. */
	private Session ownOrganizationLab() {
		String code = (String) ((Map<?, ?>) Cast.me(this.cast.firm()).get("organization")).get("invitationCode");
		String username = Api.uniqueName("own-lab");
		Map<String, Object> registration = new LinkedHashMap<>();
		registration.put("username", username);
		registration.put("password", "Passw0rd-own");
		registration.put("displayName", "本单位团队成员");
		registration.put("role", "LAB");
		registration.put("invitationCode", code);
		Reply.post(api().anonymous(), "/api/auth/register", registration).expect(201);
		return api().login(username, "Passw0rd-own");
	}

	private static List<String> ids(Reply list) {
		return list.list().stream().map(q -> String.valueOf(q.get("id"))).toList();
	}

	private static Map<String, Object> find(Reply list, String id) {
		return list.list()
			.stream()
			.filter(q -> id.equals(q.get("id")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no clarification " + id + " in " + list));
	}

	private static List<Map<String, Object>> notifications(Session session, String kind) {
		List<?> items = (List<?>) Reply.get(session, "/api/notifications?size=100").expect(200).json().get("items");
		List<Map<String, Object>> found = new ArrayList<>();
		for (Object item : items) {
			@SuppressWarnings("unchecked")
			Map<String, Object> notification = (Map<String, Object>) item;
			if (kind.equals(notification.get("kind"))) {
				found.add(notification);
			}
		}
		return found;
	}

	private static Map<String, Object> notification(Session session, String kind, String clarificationId) {
		return notifications(session, kind).stream()
			.filter(n -> clarificationId.equals(((Map<?, ?>) n.get("params")).get("clarificationId")))
			.findFirst()
			.orElse(null);
	}

}
