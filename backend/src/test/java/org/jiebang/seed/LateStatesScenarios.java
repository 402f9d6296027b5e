package org.jiebang.seed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.Reply;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data reaches every state of SPEC §2 with the data each page needs: an announced award with a
 * pending objection, an awarded challenge, one in delivery with an overdue milestone, a completed one with
 * published results, one terminated with due diligence and one unawarded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LateStatesScenarios extends IntegrationTestSupport {

	@Autowired
	DemoDataLoader loader;

	private Cast cast;

	@BeforeAll
	void signIn() {
		this.cast = Cast.signIn(api());
	}

	/** The demo challenge of each late state, by title. */
	static final Map<String, String> TITLES = Map.of("AWARD_PROPOSED", "动力电池包热失控蔓延抑制与早期预警系统",
			"AWARDED", "高端超声探头弛豫铁电单晶复合材料与声学堆栈国产化", "IN_DELIVERY", "6英寸碳化硅外延基平面位错转化与缺陷密度降低",
			"COMPLETED", "1.5T医用超导磁体失超保护与快速励磁系统", "TERMINATED", "低排放燃烧室贫油熄火边界预测与仿真软件",
			"UNAWARDED", "航空级芳纶纸蜂窝芯材浸胶均匀性控制");

	@Test
	@SuppressWarnings("unchecked")
	void thePublicListShowsEveryLateState() {
		for (Map.Entry<String, String> state : TITLES.entrySet()) {
			Map<String, Object> page = Reply.get(this.cast.anonymous(), "/api/challenges?size=100&status=" + state.getKey())
				.expect(200)
				.json();
			assertThat((List<Map<String, Object>>) page.get("items")).as(state.getKey())
				.anySatisfy(c -> assertThat(c).containsEntry("title", state.getValue()));
		}
		assertThat(this.loader.loadIfEmpty().block()).isFalse();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theAnnouncedAwardHasItsObjectionPending() {
		Map<String, Object> page = Reply.get(this.cast.anonymous(), "/api/announcements?size=100").expect(200).json();
		Map<String, Object> proposed = ((List<Map<String, Object>>) page.get("items")).stream()
			.filter(a -> TITLES.get("AWARD_PROPOSED").equals(((Map<String, Object>) a.get("challenge")).get("title")))
			.findFirst()
			.orElseThrow();
		assertThat(proposed).containsEntry("status", "PROPOSED");
		assertThat(proposed).containsEntry("objectionWindowOpen", true);
		Map<String, Object> objections = Reply.get(this.cast.admin(), "/api/admin/objections?size=100").expect(200).json();
		assertThat(((List<Map<String, Object>>) objections.get("items")))
			.anySatisfy(o -> assertThat(o).containsEntry("status", "PENDING"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void deliveriesHaveTheirMilestonesPaymentsTerminationAndResults() {
		String inDelivery = only("IN_DELIVERY");
		Map<String, Object> delivery = Reply.get(this.cast.firm(), "/api/challenges/" + inDelivery + "/milestones").expect(200)
			.json();
		List<Map<String, Object>> milestones = (List<Map<String, Object>>) delivery.get("milestones");
		assertThat(milestones).extracting(m -> m.get("status")).containsExactly("ACCEPTED", "RETURNED", "PLANNED", "PLANNED");
		assertThat(milestones).extracting(m -> m.get("overdue")).containsExactly(false, true, false, false);
		assertThat(milestones.get(0).get("paidAmount")).isEqualTo(milestones.get(0).get("paymentAmount"));
		assertThat(milestones.get(1).get("returnComments")).asString().contains("致命缺陷密度");

		Map<String, Object> terminated = Reply.get(this.cast.anonymous(), "/api/challenges/" + only("TERMINATED") + "/milestones")
			.expect(200).json();
		assertThat(((Map<String, Object>) terminated.get("termination"))).containsEntry("dueDiligence", true);

		Map<String, Object> results = Reply.get(this.cast.anonymous(), "/api/results?chain=MEDICAL_DEVICES&size=100")
			.expect(200)
			.json();
		assertThat((List<Map<String, Object>>) results.get("items"))
			.anySatisfy(r -> assertThat(r).containsEntry("challengeId", only("COMPLETED")).containsEntry("ipTerms", "JOINT"));
		Map<String, Object> completed = Reply.get(this.cast.anonymous(), "/api/challenges/" + only("COMPLETED") + "/milestones")
			.expect(200).json();
		assertThat(completed).containsEntry("paidTotal", completed.get("amount")).containsEntry("amount", "4600000.01");

		String lab = (String) ((Map<String, Object>) completed.get("lab")).get("id");
		assertThat(Reply.get(this.cast.anonymous(), "/api/labs/" + lab + "/track-record").expect(200).json())
			.containsEntry("awarded", 2).containsEntry("completed", 1).containsEntry("terminatedWithoutDueDiligence", 0)
			.containsEntry("onTimeRatio", 0.6667);
	}

	@SuppressWarnings("unchecked")
	private String only(String status) {
		Map<String, Object> page = Reply.get(this.cast.anonymous(), "/api/challenges?size=100&status=" + status).expect(200)
			.json();
		return ((List<Map<String, Object>>) page.get("items")).stream()
			.filter(c -> TITLES.get(status).equals(c.get("title")))
			.map(c -> (String) c.get("id"))
			.findFirst()
			.orElseThrow();
	}

}
