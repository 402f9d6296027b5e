package org.jiebang.award;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiebang.support.Api;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §4 evaluation over real HTTP: automatic recusal (firm, bidder and consortium partner organizations),
 * declarations before any bid is seen, experts seeing only what they are assigned to, the panel size rule,
 * the non-consensus flag and its recorded decision, the firm's preference, shortlisting, the award
 * proposal's public announcement, and a no-award declaration that shows each bidder its own scores.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EvaluationScenarios extends IntegrationTestSupport {

	private AwardFixture fixture;

	private Cast cast;

	private String partnerCreditCode;

	private AwardFixture.Expert firmExpert;

	private AwardFixture.Expert bidderExpert;

	private AwardFixture.Expert partnerExpert;

	private AwardFixture.Expert freeExpert;

	private AwardFixture.Expert lateExpert;

	private AwardFixture.Expert outsider;

	private final AwardFixture.Expert[] panel = new AwardFixture.Expert[3];

	private final AwardFixture.Expert[] pair = new AwardFixture.Expert[2];

	/** Challenges: recusal, non-consensus, unawarded, still open; and their bids by marker. */
	private String recusal;

	private String consensus;

	private String unawarded;

	private String open;

	private final Map<String, String> bids = new java.util.HashMap<>();

	@BeforeAll
	void prepare() {
		this.cast = Cast.signIn(api());
		this.fixture = new AwardFixture(api(), this.cast);
		Session partner = api().register("FIRM", "ENTERPRISE", Api.uniqueName("partner"));
		Map<?, ?> partnerOrg = (Map<?, ?>) Cast.me(partner).get("organization");
		this.partnerCreditCode = (String) partnerOrg.get("creditCode");
		this.firmExpert = this.fixture.expert(Cast.organizationId(this.cast.firm()));
		this.bidderExpert = this.fixture.expert(Cast.organizationId(this.cast.bidder()));
		this.partnerExpert = this.fixture.expert(UUID.fromString((String) partnerOrg.get("id")));
		this.freeExpert = this.fixture.expert(null);
		this.lateExpert = this.fixture.expert(null);
		this.outsider = this.fixture.expert(null);
		for (int i = 0; i < this.panel.length; i++) {
			this.panel[i] = this.fixture.expert(null);
		}
		for (int i = 0; i < this.pair.length; i++) {
			this.pair[i] = this.fixture.expert(null);
		}
		this.recusal = this.fixture.closing("评审回避", "1000000.00");
		bid("R1", this.cast.bidder(), this.recusal, this.partnerCreditCode);
		bid("R2", this.cast.otherLab(), this.recusal);
		this.consensus = this.fixture.closing("非共识评审", "2000000.00");
		bid("C1", this.cast.bidder(), this.consensus);
		bid("C2", this.cast.otherLab(), this.consensus);
		this.unawarded = this.fixture.closing("流榜", "1000000.00");
		bid("U1", this.cast.bidder(), this.unawarded);
		bid("U2", this.cast.otherLab(), this.unawarded);
		this.open = this.fixture.published("未截止", "1000000.00", MarketplaceFixture.OPEN_FOR_HOURS);
		bid("P1", this.cast.bidder(), this.open);
		this.fixture.awaitClosed(this.recusal, this.consensus, this.unawarded);
	}

	private void bid(String key, Session lab, String challenge, String... partners) {
		String marker = key + "MK" + UUID.randomUUID().toString().substring(0, 10);
		this.bids.put(key, AwardFixture.bid(lab, challenge, marker, "800000.00", partners));
		this.bids.put(key + ".marker", marker);
	}

	@Test
	void reviewersFromInvolvedOrganizationsAreRecusedAndExpertsSeeOnlyWhatTheyMayReview() {
		List<Map<String, Object>> assigned = this.fixture.assign(this.recusal, this.firmExpert.id(),
				this.bidderExpert.id(), this.partnerExpert.id(), this.freeExpert.id(), this.lateExpert.id());
		assertThat(reviewer(assigned, this.firmExpert)).containsEntry("recused", true)
			.containsEntry("recusalReason", "FIRM_ORGANIZATION");
		assertThat(reviewer(assigned, this.bidderExpert)).containsEntry("recused", true)
			.containsEntry("recusalReason", "BIDDER_ORGANIZATION");
		assertThat(reviewer(assigned, this.partnerExpert)).containsEntry("recused", true)
			.containsEntry("recusalReason", "PARTNER_ORGANIZATION");
		assertThat(reviewer(assigned, this.freeExpert)).containsEntry("recused", false);
		assertThat(this.fixture.assign(this.recusal, this.freeExpert.id())).as("assigning again changes nothing")
			.hasSize(5);
		String firmUser = (String) Cast.me(this.cast.firm()).get("id");
		assertThat(Reply.post(this.cast.admin(), "/api/admin/challenges/" + this.recusal + "/reviewers",
				Map.of("reviewerIds", List.of(firmUser, UUID.randomUUID())))
			.expect(400)
			.errorFields()).containsExactly("reviewerIds[0]", "reviewerIds[1]");

		for (AwardFixture.Expert recused : List.of(this.firmExpert, this.bidderExpert, this.partnerExpert)) {
			assertThat(sealed(Reply.get(recused.session(), "/api/reviews/" + this.recusal + "/bids")).expect(403)
				.problemType()).isEqualTo("reviewer-recused");
			assertThat(sealed(Reply.post(recused.session(), "/api/reviews/" + this.recusal + "/conflict",
					Map.of("hasConflict", false))).expect(403).problemType()).isEqualTo("reviewer-recused");
		}

		Session free = this.freeExpert.session();
		assertThat(sealed(Reply.get(free, "/api/reviews/" + this.recusal + "/bids")).expect(409).problemType())
			.isEqualTo("conflict-declaration-required");
		assertThat(sealed(AwardFixture.score(free, this.recusal, this.bids.get("R1"), "80")).expect(409).problemType())
			.isEqualTo("conflict-declaration-required");
		assertThat(Reply.post(free, "/api/reviews/" + this.recusal + "/conflict", Map.of("hasConflict", true))
			.expect(400)
			.errorFields()).containsExactly("statement");
		Map<String, Object> declared = Reply
			.post(free, "/api/reviews/" + this.recusal + "/conflict", Map.of("hasConflict", false))
			.expect(200)
			.json();
		assertThat(declared).containsEntry("mayReview", true).containsEntry("bidCount", 2);
		assertThat(Reply.post(free, "/api/reviews/" + this.recusal + "/conflict", Map.of("hasConflict", false))
			.expect(409)
			.problemType()).isEqualTo("conflict-declared");

		Reply visible = Reply.get(free, "/api/reviews/" + this.recusal + "/bids").expect(200);
		assertThat(visible.body()).contains(this.bids.get("R1.marker"), this.bids.get("R2.marker"))
			.doesNotContain(this.bids.get("C1.marker"), this.bids.get("P1.marker"));
		assertThat(Reply.get(free, "/api/my/reviews").expect(200).list()).singleElement()
			.satisfies(r -> assertThat(((Map<?, ?>) r.get("challenge")).get("id")).isEqualTo(this.recusal));
		assertThat(sealed(Reply.get(free, "/api/reviews/" + this.consensus + "/bids")).status()).isEqualTo(404);
		assertThat(sealed(Reply.get(free, "/api/bids/" + this.bids.get("C1"))).status()).isEqualTo(404);
		assertThat(sealed(AwardFixture.score(free, this.recusal, this.bids.get("C1"), "80")).status()).isEqualTo(404);
		Map<String, Object> tooHigh = AwardFixture.scoreBody("80");
		tooHigh.put("technicalMerit", Map.of("score", 41, "comment", "超出权重"));
		assertThat(Reply.put(free, "/api/reviews/" + this.recusal + "/bids/" + this.bids.get("R1") + "/score", tooHigh)
			.expect(400)
			.errorFields()).containsExactly("technicalMerit.score");
		AwardFixture.score(free, this.recusal, this.bids.get("R1"), "80").expect(200);

		Session outsiderSession = this.outsider.session();
		assertThat(sealed(Reply.get(outsiderSession, "/api/reviews/" + this.recusal + "/bids")).status()).isEqualTo(404);
		assertThat(sealed(AwardFixture.score(outsiderSession, this.recusal, this.bids.get("R1"), "80")).status())
			.isEqualTo(404);
		assertThat(Reply.get(outsiderSession, "/api/my/reviews").expect(200).list()).isEmpty();

		Session late = this.lateExpert.session();
		AwardFixture.declareNoConflict(late, this.recusal);
		Reply.post(late, "/api/reviews/" + this.recusal + "/conflict",
				Map.of("hasConflict", true, "statement", "发现与揭榜团队负责人有合作项目")).expect(200);
		assertThat(sealed(Reply.get(late, "/api/reviews/" + this.recusal + "/bids")).expect(403).problemType())
			.isEqualTo("reviewer-recused");
		List<Map<String, Object>> reviewers = Reply
			.get(this.cast.admin(), "/api/admin/challenges/" + this.recusal + "/reviewers")
			.expect(200)
			.list();
		assertThat(reviewer(reviewers, this.lateExpert)).containsEntry("recusalReason", "DECLARED_CONFLICT");
		Object panelView = this.fixture.workspace(this.recusal).get("panel");
		assertThat(map(panelView)).containsEntry("assigned", 5).containsEntry("active", 1).containsEntry("required", 1);
		Map<String, Object> recusals = Reply.get(this.cast.admin(),
				"/api/admin/audit?action=REVIEWER_RECUSED&entityType=challenge&entityId=" + this.recusal)
			.expect(200)
			.json();
		assertThat(recusals.get("total")).isEqualTo(4);
		this.fixture.assertAuditChainIntact();
	}

	@Test
	void nobodyReachesBidsThroughEvaluationBeforeTheClose() {
		String bid = this.bids.get("P1");
		assertThat(sealed(Reply.post(this.cast.admin(), "/api/admin/challenges/" + this.open + "/reviewers",
				Map.of("reviewerIds", List.of(this.outsider.id())))).expect(409).problemType())
			.isEqualTo("challenge-state");
		assertThat(sealed(Reply.get(this.cast.admin(), "/api/admin/challenges/" + this.open + "/evaluation")).expect(409)
			.problemType()).isEqualTo("challenge-state");
		assertThat(sealed(Reply.post(this.cast.admin(), "/api/admin/bids/" + bid + "/consensus-decision",
				Map.of("adoptedScore", 80, "reasoning", "提前决定"))).expect(403).problemType()).isEqualTo("bids-sealed");
		assertThat(sealed(Reply.put(this.cast.firm(), "/api/challenges/" + this.open + "/preferences",
				Map.of("bidIds", List.of(bid)))).expect(409).problemType()).isEqualTo("challenge-state");
		assertThat(sealed(Reply.get(this.outsider.session(), "/api/reviews/" + this.open + "/bids")).status())
			.isEqualTo(404);
		assertThat(Reply.get(this.cast.admin(), "/api/admin/challenges/" + this.open + "/reviewers").expect(200).list())
			.isEmpty();
	}

	@Test
	void stronglyDisagreeingScoresNeedARecordedDecisionBeforeTheAwardIsProposed() {
		String c = this.consensus;
		String first = this.bids.get("C1");
		String second = this.bids.get("C2");
		this.fixture.assign(c, this.panel[0].id(), this.panel[1].id());
		assertThat(blockers(this.fixture.propose(c, second).expect(409))).contains("PANEL_TOO_SMALL");
		this.fixture.assign(c, this.panel[2].id());
		for (AwardFixture.Expert expert : this.panel) {
			AwardFixture.declareNoConflict(expert.session(), c);
		}
		score(0, c, first, "90").expect(200);
		score(1, c, first, "88").expect(200);
		score(2, c, first, "30").expect(200);
		score(0, c, second, "80").expect(200);
		score(1, c, second, "78").expect(200);
		assertThat(blockers(this.fixture.propose(c, second).expect(409))).containsExactly("REVIEWS_INCOMPLETE",
				"DECISIONS_PENDING");
		score(2, c, second, "82").expect(200);
		assertThat(blockers(this.fixture.propose(c, second).expect(409))).containsExactly("DECISIONS_PENDING");

		Map<String, Object> flagged = row(c, first);
		assertThat(map(flagged.get("statistics"))).containsEntry("flagged", true)
			.containsEntry("mean", "69.33")
			.containsEntry("stddev", "27.82");
		assertThat(flagged).containsEntry("decisionPending", true);
		assertThat((List<?>) flagged.get("scores")).hasSize(3);
		assertThat(map(row(c, second).get("statistics"))).containsEntry("flagged", false)
			.containsEntry("mean", "80.00")
			.containsEntry("stddev", "1.63");

		assertThat(decide(second, 80).expect(409).problemType()).isEqualTo("not-flagged");
		assertThat(Reply.post(this.cast.admin(), "/api/admin/bids/" + first + "/consensus-decision",
				Map.of("adoptedScore", 72)).expect(400).errorFields()).containsExactly("reasoning");
		decide(first, 72).expect(200);
		assertThat(row(c, first)).containsEntry("decisionPending", false).containsEntry("effectiveScore", "72.00");
		score(2, c, first, "40").expect(200);
		assertThat(map(row(c, first).get("decision"))).as("a rescore makes the decision stale")
			.containsEntry("current", false);
		assertThat(blockers(this.fixture.propose(c, second).expect(409))).containsExactly("DECISIONS_PENDING");
		decide(first, 75).expect(200);

		assertThat(Reply.put(this.cast.otherFirm(), "/api/challenges/" + c + "/preferences",
				Map.of("bidIds", List.of(second))).status()).isEqualTo(403);
		assertThat(Reply.put(this.cast.firm(), "/api/challenges/" + c + "/preferences",
				Map.of("bidIds", List.of(second, this.bids.get("R1")))).expect(400).errorFields())
			.containsExactly("bidIds[1]");
		Reply.put(this.cast.firm(), "/api/challenges/" + c + "/preferences", Map.of("bidIds", List.of(second, first)))
			.expect(200);
		assertThat(row(c, second)).containsEntry("preferenceRank", 1);
		assertThat(row(c, first)).containsEntry("preferenceRank", 2);

		Reply.post(this.cast.admin(), "/api/admin/challenges/" + c + "/shortlist", Map.of("bidIds", List.of(second)))
			.expect(200);
		assertThat(this.fixture.bidStatus(first)).isEqualTo("NOT_SELECTED");
		assertThat(this.fixture.bidStatus(second)).isEqualTo("SHORTLISTED");
		assertThat(this.fixture.propose(c, first).expect(409).problemType()).isEqualTo("bid-not-shortlisted");
		assertThat(Reply.post(this.cast.admin(), "/api/admin/challenges/" + c + "/award", Map.of("bidId", second))
			.expect(400)
			.errorFields()).containsExactly("rationale");

		Map<String, Object> award = this.fixture.propose(c, second).expect(201).json();
		assertThat(award).containsEntry("status", "PROPOSED").containsEntry("amount", "800000.00");
		assertThat(java.time.Instant.parse((String) award.get("publicityEndsAt")))
			.isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(4)));
		assertThat(this.fixture.challengeStatus(c)).isEqualTo("AWARD_PROPOSED");
		assertThat(this.fixture.propose(c, second).expect(409).problemType()).isEqualTo("challenge-state");
		assertThat(score(2, c, second, "70").expect(409).problemType()).isEqualTo("challenge-state");
		assertThat(Reply.put(this.cast.firm(), "/api/challenges/" + c + "/preferences",
				Map.of("bidIds", List.of(second))).expect(409).problemType()).isEqualTo("challenge-state");

		Reply announcement = Reply.get(this.cast.anonymous(), "/api/announcements/" + award.get("id")).expect(200);
		Map<String, Object> shown = announcement.json();
		assertThat(shown).containsEntry("status", "PROPOSED")
			.containsEntry("amount", "800000.00")
			.containsEntry("objectionWindowOpen", true);
		assertThat(((Map<?, ?>) shown.get("winner")).get("labId")).isEqualTo(Cast.labId(this.cast.otherLab()).toString());
		assertThat(map(shown.get("scores"))).containsEntry("total", "80.00")
			.containsEntry("technicalMerit", "32.00")
			.containsEntry("reviewers", 3);
		assertThat(announcement.body()).doesNotContain(this.bids.get("C2.marker"), this.panel[0].id(), "pendingObjections",
				"technicalApproach");
		assertThat(Reply.get(this.cast.anonymous(), "/api/announcements?size=100").expect(200).body())
			.contains((String) award.get("id"));
		assertThat(AwardFixture.notificationKinds(this.cast.otherLab())).contains("AWARD_PROPOSED");
		assertThat(AwardFixture.notificationKinds(this.cast.firm())).contains("AWARD_PROPOSED");
		assertThat(AwardFixture.notificationKinds(this.panel[0].session())).contains("REVIEW_ASSIGNED");
		this.fixture.assertAuditChainIntact();
	}

	@Test
	void anUnawardedChallengeShowsEachBidderOnlyItsOwnAnonymizedScores() {
		String c = this.unawarded;
		String own = this.bids.get("U1");
		this.fixture.assign(c, this.pair[0].id(), this.pair[1].id());
		for (AwardFixture.Expert expert : this.pair) {
			AwardFixture.declareNoConflict(expert.session(), c);
			AwardFixture.score(expert.session(), c, own, "60").expect(200);
			AwardFixture.score(expert.session(), c, this.bids.get("U2"), "50").expect(200);
		}
		assertThat(Reply.get(this.cast.bidder(), "/api/bids/" + own + "/evaluation").expect(409).problemType())
			.isEqualTo("evaluation-not-published");
		assertThat(Reply.post(this.cast.admin(), "/api/admin/challenges/" + c + "/unaward", Map.of("reason", " "))
			.expect(400)
			.errorFields()).containsExactly("reason");
		Map<String, Object> declared = Reply
			.post(this.cast.admin(), "/api/admin/challenges/" + c + "/unaward", Map.of("reason", "无方案达到技术指标要求"))
			.expect(200)
			.json();
		assertThat(declared).containsEntry("status", "UNAWARDED");
		assertThat(this.fixture.challengeStatus(c)).isEqualTo("UNAWARDED");
		assertThat(this.fixture.bidStatus(own)).isEqualTo("NOT_SELECTED");
		assertThat(this.fixture.bidStatus(this.bids.get("U2"))).isEqualTo("NOT_SELECTED");

		Reply evaluation = Reply.get(this.cast.bidder(), "/api/bids/" + own + "/evaluation").expect(200);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> reviews = (List<Map<String, Object>>) evaluation.json().get("reviews");
		assertThat(reviews).hasSize(2);
		assertThat(reviews.stream().map(r -> r.get("reviewer")).toList()).containsExactly("A", "B");
		assertThat(map(reviews.get(0).get("technicalMerit")).get("comment"))
			.isEqualTo("技术路线评价 60");
		assertThat(evaluation.body()).doesNotContain(this.pair[0].id(), this.pair[1].id(), "专家 expert-",
				this.bids.get("U2"));
		for (Session other : List.of(this.cast.otherLab(), this.cast.firm(), this.cast.admin(), this.pair[0].session())) {
			assertThat(Reply.get(other, "/api/bids/" + own + "/evaluation").status()).isEqualTo(404);
		}
		assertThat(Reply.get(this.cast.anonymous(), "/api/announcements/" + declared.get("id")).status()).isEqualTo(404);
		assertThat(this.fixture.propose(c, own).expect(409).problemType()).isEqualTo("challenge-state");
		assertThat(AwardFixture.notificationKinds(this.cast.bidder())).contains("CHALLENGE_UNAWARDED");
		this.fixture.assertAuditChainIntact();
	}

	private Reply score(int reviewer, String challenge, String bid, String total) {
		return AwardFixture.score(this.panel[reviewer].session(), challenge, bid, total);
	}

	private Reply decide(String bid, int adopted) {
		return Reply.post(this.cast.admin(), "/api/admin/bids/" + bid + "/consensus-decision",
				Map.of("adoptedScore", adopted, "reasoning", "评审组讨论后采纳"));
	}

	private Map<String, Object> row(String challenge, String bid) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rows = (List<Map<String, Object>>) this.fixture.workspace(challenge).get("bids");
		return rows.stream().filter(r -> bid.equals(r.get("bidId"))).findFirst().orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static List<Object> blockers(Reply reply) {
		assertThat(reply.problemType()).isEqualTo("evaluation-incomplete");
		return (List<Object>) reply.json().get("blockers");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	private static Map<String, Object> reviewer(List<Map<String, Object>> reviewers, AwardFixture.Expert expert) {
		return reviewers.stream().filter(r -> expert.id().equals(r.get("reviewerId"))).findFirst().orElseThrow();
	}

	/** Checks that a refusal reveals no bid content, and passes it on. */
	private Reply sealed(Reply reply) {
		if (reply.status() >= 400) {
			this.bids.entrySet()
				.stream()
				.filter(e -> e.getKey().endsWith(".marker"))
				.forEach(e -> assertThat(reply.body()).as("refusal %s", reply).doesNotContain(e.getValue()));
			assertThat(reply.isProblem()).as("problem+json: %s", reply).isTrue();
		}
		return reply;
	}

}
