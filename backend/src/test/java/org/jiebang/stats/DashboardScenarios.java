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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §8 dashboard and public statistics over the demo data's late states, with the production minimum
 * bidding period (14 days) so that the amended demo challenge's 12-day window is flagged. Figures are checked
 * against the database, which other suites may share (PostgreSQL), and against the demo data's own facts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DashboardScenarios extends IntegrationTestSupport {

	@Autowired
	DatabaseClient db;

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
		assertThat(byStatus).hasSize(12);
		for (String status : byStatus.keySet()) {
			assertThat(((Number) byStatus.get(status)).longValue()).as(status)
				.isEqualTo(count("SELECT COUNT(*) AS n FROM challenges WHERE status = '" + status + "'"));
		}
		assertThat(((Number) byStatus.get("AWARD_PROPOSED")).longValue()).isPositive();
		List<Map<String, Object>> chains = (List<Map<String, Object>>) d.get("challengesByChain");
		assertThat(chains).isNotEmpty().allSatisfy(c -> assertThat(c).containsKeys("chain", "challenges", "bounty"));
		Map<String, Object> bounty = (Map<String, Object>) d.get("bounty");
		assertThat(new BigDecimal((String) bounty.get("awarded")))
			.isEqualByComparingTo(sum("SELECT COALESCE(SUM(amount), 0) AS n FROM awards WHERE status = 'CONFIRMED'"))
			.isGreaterThanOrEqualTo(new BigDecimal("19800000.01"));
		assertThat(new BigDecimal((String) bounty.get("published")))
			.isEqualByComparingTo(sum("SELECT SUM(bounty) AS n FROM challenges WHERE published_at IS NOT NULL"));
		Map<String, Object> bids = (Map<String, Object>) d.get("bidsPerChallenge");
		List<Map<String, Object>> buckets = (List<Map<String, Object>>) bids.get("buckets");
		assertThat(buckets).extracting(b -> b.get("bids")).containsExactly("0", "1", "2", "3", "4", "5-9", "10+");
		assertThat(buckets.stream().mapToLong(b -> ((Number) b.get("challenges")).longValue()).sum())
			.isEqualTo(((Number) bids.get("challenges")).longValue())
			.isEqualTo(count("SELECT COUNT(*) AS n FROM challenges WHERE closed_at IS NOT NULL"));
		assertThat(((Number) buckets.get(1).get("challenges")).longValue()).isPositive();
		assertThat(d.get("medianDaysToAward")).isNotNull();
		Map<String, Object> onTime = (Map<String, Object>) d.get("onTimeMilestones");
		assertThat(((Number) onTime.get("counted")).longValue()).isPositive();
		Map<String, Object> matching = (Map<String, Object>) d.get("matchingEffectiveness");
		assertThat(((Number) matching.get("awardsMeasured")).longValue()).isEqualTo(
				count("SELECT COUNT(*) AS n FROM awards WHERE status = 'CONFIRMED' AND ranks_recorded = TRUE"));
		assertThat(((Number) matching.get("wonInTopTen")).longValue()).isEqualTo(count(
				"SELECT COUNT(*) AS n FROM awards WHERE status = 'CONFIRMED' AND ranks_recorded = TRUE AND winner_rank <= 10"));
		List<Map<String, Object>> flags = (List<Map<String, Object>>) d.get("redFlags");
		assertThat(flags).anySatisfy(f -> assertThat(f).containsEntry("type", "SINGLE_BID")
			.containsEntry("challengeTitle", "航空级芳纶纸蜂窝芯材浸胶均匀性控制"));
		assertThat(flags).anySatisfy(f -> assertThat(f).containsEntry("type", "REPEATED_WINNER")
			.containsEntry("labName", "磁共振成像与医学物理实验室").containsEntry("count", 2)
			.containsEntry("organizationName", "上海衡瞻医疗科技有限公司"));
		assertThat(flags).anySatisfy(f -> assertThat(f).containsEntry("type", "SHORT_BIDDING_WINDOW")
			.containsEntry("challengeTitle", "高端超声探头弛豫铁电单晶复合材料与声学堆栈国产化")
			.containsEntry("windowDays", 12.0));
		assertThat(flags).noneSatisfy(f -> assertThat(f.get("challengeTitle")).isEqualTo("1.5T医用超导磁体失超保护与快速励磁系统"));
	}

	private long count(String sql) {
		return this.db.sql(sql).map(row -> ((Number) row.get("n")).longValue()).one().block();
	}

	private BigDecimal sum(String sql) {
		return this.db.sql(sql).map(row -> row.get("n", BigDecimal.class)).one().block();
	}

	@Test
	@SuppressWarnings("unchecked")
	void publicStatisticsKeepTheirFieldsAndAddThePublicSubset() {
		Map<String, Object> stats = Reply.get(this.cast.anonymous(), "/api/stats/public").expect(200).json();
		assertThat(stats).containsKeys("publishedChallenges", "openChallenges", "awardedChallenges", "labs",
				"organizations", "openBounty");
		assertThat(new BigDecimal((String) stats.get("awardedBounty")))
			.isEqualByComparingTo(sum("SELECT COALESCE(SUM(amount), 0) AS n FROM awards WHERE status = 'CONFIRMED'"));
		assertThat(((Number) stats.get("completedChallenges")).longValue())
			.isEqualTo(count("SELECT COUNT(*) AS n FROM challenges WHERE status = 'COMPLETED'")).isPositive();
		assertThat(((Number) stats.get("completedResults")).longValue())
			.isEqualTo(count("SELECT COUNT(*) AS n FROM delivery_results")).isPositive();
		List<Map<String, Object>> chains = (List<Map<String, Object>>) stats.get("challengesByChain");
		assertThat(chains.stream().mapToLong(c -> ((Number) c.get("challenges")).longValue()).sum())
			.isEqualTo(((Number) stats.get("publishedChallenges")).longValue());
	}

}
