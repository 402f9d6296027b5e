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

	@Test
	void thePublicListShowsEveryLateState() {
		for (String status : List.of("AWARD_PROPOSED", "AWARDED", "IN_DELIVERY", "COMPLETED", "TERMINATED", "UNAWARDED")) {
			Map<String, Object> page = Reply.get(this.cast.anonymous(), "/api/challenges?status=" + status).expect(200).json();
			assertThat(((Number) page.get("total")).longValue()).as(status).isEqualTo(1);
		}
		assertThat(this.loader.loadIfEmpty().block()).isFalse();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theAnnouncedAwardHasItsObjectionPending() {
		Map<String, Object> page = Reply.get(this.cast.anonymous(), "/api/announcements?size=100").expect(200).json();
		Map<String, Object> proposed = ((List<Map<String, Object>>) page.get("items")).stream()
			.filter(a -> "PROPOSED".equals(a.get("status")))
			.findFirst()
			.orElseThrow();
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

		Map<String, Object> results = Reply.get(this.cast.anonymous(), "/api/results").expect(200).json();
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
		Map<String, Object> page = Reply.get(this.cast.anonymous(), "/api/challenges?status=" + status).expect(200).json();
		return (String) ((List<Map<String, Object>>) page.get("items")).get(0).get("id");
	}

}
