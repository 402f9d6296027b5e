package org.jiebang.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.Reply;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §8 dashboard and public statistics over the demo data's late states, with the production minimum
 * bidding period (14 days) so that the amended demo challenge's 12-day window is flagged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DashboardScenarios extends IntegrationTestSupport {

	private Cast cast;

	@DynamicPropertySource
	static void productionBiddingPeriod(DynamicPropertyRegistry registry) {
		registry.add("jiebang.challenge.min-bidding-period", () -> "P14D");
	}

	@BeforeAll
	void signIn() {
		this.cast = Cast.signIn(api());
	}

	@Test
	@SuppressWarnings("unchecked")
	void theDashboardShowsEveryFigureAndTheRedFlagsOfTheDemoData() {
		assertThat(Reply.get(this.cast.firm(), "/api/admin/dashboard").status()).isEqualTo(403);
		Map<String, Object> d = Reply.get(this.cast.admin(), "/api/admin/dashboard").expect(200).json();
		Map<String, Object> byStatus = (Map<String, Object>) d.get("challengesByStatus");
		assertThat(byStatus).hasSize(12).containsEntry("AWARD_PROPOSED", 1).containsEntry("AWARDED", 1)
			.containsEntry("IN_DELIVERY", 1).containsEntry("COMPLETED", 1).containsEntry("TERMINATED", 1)
			.containsEntry("UNAWARDED", 1);
		List<Map<String, Object>> chains = (List<Map<String, Object>>) d.get("challengesByChain");
		assertThat(chains).isNotEmpty().allSatisfy(c -> assertThat(c).containsKeys("chain", "challenges", "bounty"));
		Map<String, Object> bounty = (Map<String, Object>) d.get("bounty");
		assertThat(new BigDecimal((String) bounty.get("awarded"))).isEqualByComparingTo("19800000.01");
		assertThat(new BigDecimal((String) bounty.get("published"))).isGreaterThan(new BigDecimal("19800000.01"));
		Map<String, Object> bids = (Map<String, Object>) d.get("bidsPerChallenge");
		List<Map<String, Object>> buckets = (List<Map<String, Object>>) bids.get("buckets");
		assertThat(buckets).extracting(b -> b.get("bids")).containsExactly("0", "1", "2", "3", "4", "5-9", "10+");
		assertThat(buckets.stream().mapToLong(b -> ((Number) b.get("challenges")).longValue()).sum())
			.isEqualTo(((Number) bids.get("challenges")).longValue()).isEqualTo(13);
		assertThat(buckets.get(1)).containsEntry("challenges", 1);
		assertThat(d.get("medianDaysToAward")).isNotNull();
		Map<String, Object> onTime = (Map<String, Object>) d.get("onTimeMilestones");
		assertThat(((Number) onTime.get("counted")).longValue()).isPositive();
		Map<String, Object> matching = (Map<String, Object>) d.get("matchingEffectiveness");
		assertThat(matching).containsEntry("awardsMeasured", 4).containsEntry("wonInTopTen", 3).containsEntry("share", "0.7500");
		List<Map<String, Object>> flags = (List<Map<String, Object>>) d.get("redFlags");
		assertThat(flags).anySatisfy(f -> assertThat(f).containsEntry("type", "SINGLE_BID")
			.containsEntry("challengeTitle", "航空级芳纶纸蜂窝芯材浸胶均匀性控制"));
		assertThat(flags).anySatisfy(f -> assertThat(f).containsEntry("type", "REPEATED_WINNER")
			.containsEntry("labName", "磁共振成像与医学物理实验室").containsEntry("count", 2));
		assertThat(flags).anySatisfy(f -> assertThat(f).containsEntry("type", "SHORT_BIDDING_WINDOW")
			.containsEntry("challengeTitle", "高端超声探头弛豫铁电单晶复合材料与声学堆栈国产化")
			.containsEntry("windowDays", 12.0));
		assertThat(flags).filteredOn(f -> "SHORT_BIDDING_WINDOW".equals(f.get("type"))).hasSize(1);
	}

	@Test
	@SuppressWarnings("unchecked")
	void publicStatisticsKeepTheirFieldsAndAddThePublicSubset() {
		Map<String, Object> stats = Reply.get(this.cast.anonymous(), "/api/stats/public").expect(200).json();
		assertThat(stats).containsKeys("publishedChallenges", "openChallenges", "awardedChallenges", "labs",
				"organizations", "openBounty");
		assertThat(stats).containsEntry("awardedBounty", "19800000.01").containsEntry("completedChallenges", 1)
			.containsEntry("completedResults", 1).containsEntry("awardedChallenges", 4);
		List<Map<String, Object>> chains = (List<Map<String, Object>>) stats.get("challengesByChain");
		assertThat(chains.stream().mapToLong(c -> ((Number) c.get("challenges")).longValue()).sum())
			.isEqualTo(((Number) stats.get("publishedChallenges")).longValue());
	}

}
