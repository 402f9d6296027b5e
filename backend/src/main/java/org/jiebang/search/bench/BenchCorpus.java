package org.jiebang.search.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jiebang.account.OrganizationType;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.ChallengeType;
import org.jiebang.challenge.IndexableChallenge;
import org.jiebang.challenge.TechnicalIndicator;
import org.jiebang.lab.LabProfileView;

/**
 * Deterministic bilingual challenges and lab profiles for the benchmark: document {@code i} depends only on
 * the seed and {@code i}, so a 5k corpus is the first 5k documents of the 100k one and any part can be
 * generated on its own. Texts combine synonym-list terms (mostly their Chinese form, sometimes the English
 * one or the abbreviation), taxonomy names and sentences of the demo seeds.
 */
final class BenchCorpus {

	static final long SEED = 20260309L;

	private static final String[] TITLES = { "%s与%s协同优化关键技术攻关", "面向%3$s的%1$s国产化替代", "高性能%s研发及%s工程化验证",
			"%s %s reliability improvement", "%3$s：%1$s工艺开发与%2$s", "基于%2$s的%1$s关键技术研究", "%s和%s的%3$s应用示范" };

	private static final String[] HARD = { "%s的一致性与良率难以满足量产要求", "现有%s方案依赖进口，成本高、交期长", "%s在高温高湿工况下性能衰减明显",
			"缺少%s的国产测试与验证平台", "%s与上下游工艺窗口匹配困难" };

	private static final String[] LAB_SUFFIX = { "实验室", "课题组", "研究中心", "工程技术中心", "联合实验室" };

	private static final ChallengeStatus[] STATUSES = { ChallengeStatus.PUBLISHED, ChallengeStatus.PUBLISHED,
			ChallengeStatus.PUBLISHED, ChallengeStatus.PUBLISHED, ChallengeStatus.PUBLISHED, ChallengeStatus.PUBLISHED,
			ChallengeStatus.PUBLISHED, ChallengeStatus.PUBLISHED, ChallengeStatus.CLOSED, ChallengeStatus.CANCELLED };

	static final UUID FIRM = new UUID(0x00000000_0001_4000L, 0x8000_0000_0000_0001L);

	private final Vocabulary words;

	private final long seed;

	private final Instant now;

	BenchCorpus(Vocabulary words, long seed, Instant now) {
		this.words = words;
		this.seed = seed;
		this.now = now;
	}

	Vocabulary words() {
		return this.words;
	}

	static UUID id(int kind, long i) {
		return new UUID(((long) kind << 32) | 0x4000L, 0x8000_0000_0000_0000L | i);
	}

	/** Challenge {@code i}; kind 1 are the indexed ones, kind 3 the ones only used as matching probes. */
	IndexableChallenge challenge(int kind, int i) {
		Random r = random(kind, i);
		Vocabulary.Term chain = pick(r, this.words.chains);
		List<Vocabulary.Term> fields = some(r, this.words.fieldsOf(chain.code()), 1 + r.nextInt(3));
		boolean english = r.nextInt(4) == 0;
		List<String> t = terms(r, chain.code(), 4 + r.nextInt(4), english);
		String field = fields.isEmpty() ? chain.zh() : fields.get(0).zh();
		String title = cut(String.format(pick(r, TITLES), t.get(0), t.get(1), field), 118);
		List<TechnicalIndicator> indicators = some(r, this.words.pool(this.words.indicators, chain.code()),
				2 + r.nextInt(4));
		TechnicalIndicator first = indicators.get(0);
		String summary = cut("面向" + field + "应用，攻关" + t.get(0) + "、" + t.get(1) + "与" + t.get(2) + "，实现"
				+ first.name() + first.target() + first.unit() + "并完成" + t.get(3) + "验证。"
				+ (english ? " Target: " + String.join(", ", t.subList(0, 3)) + "." : ""), 480);
		StringBuilder d = new StringBuilder("## 需求背景\n");
		sentences(r, chain.code(), 2 + r.nextInt(3), d);
		d.append("\n\n## 主要技术难点\n");
		for (int k = 0; k < 3; k++) {
			d.append(k + 1).append(". ").append(String.format(pick(r, HARD), t.get(k + 1))).append("；\n");
		}
		d.append("\n## 揭榜条件\n具备").append(t.get(t.size() - 1)).append("研发经验，");
		sentences(r, chain.code(), 1 + r.nextInt(2), d);
		List<String> capabilities = new ArrayList<>(some(r, this.words.pool(this.words.capabilities, chain.code()),
				2 + r.nextInt(3)));
		capabilities.add(t.get(r.nextInt(t.size())));
		ChallengeStatus status = STATUSES[r.nextInt(STATUSES.length)];
		Instant published = this.now.minus(Duration.ofDays(1 + r.nextInt(200)));
		Instant deadline = status == ChallengeStatus.PUBLISHED ? this.now.plus(Duration.ofDays(20 + r.nextInt(300)))
				: published.plus(Duration.ofDays(15));
		BigDecimal bounty = BigDecimal.valueOf((long) (Math.exp(12.2 + r.nextDouble() * 5.5) / 10000) * 10000L + 100000L);
		Vocabulary.Term region = pick(r, this.words.regions);
		return new IndexableChallenge(id(kind, i), FIRM, status, title, summary, d.toString(), indicators,
				List.copyOf(new LinkedHashSet<>(capabilities)), chain.code(), fields.stream().map(Vocabulary.Term::code).toList(),
				ChallengeType.values()[r.nextInt(ChallengeType.values().length)], bounty, deadline, region.code(),
				region.zh(), published);
	}

	/** Lab profile {@code i}; kind 2 are the indexed ones, kind 4 the ones only used as matching probes. */
	LabProfileView lab(int kind, int i) {
		Random r = random(kind, i);
		Vocabulary.Term chain = pick(r, this.words.chains);
		List<Vocabulary.Term> fields = some(r, this.words.fieldsOf(chain.code()), 1 + r.nextInt(3));
		boolean english = r.nextInt(5) == 0;
		List<String> t = terms(r, chain.code(), 6 + r.nextInt(5), english);
		Vocabulary.Term home = pick(r, this.words.universities);
		String name = cut(t.get(0) + (english ? " " : "") + pick(r, LAB_SUFFIX), 118);
		StringBuilder capabilities = new StringBuilder("长期从事").append(t.get(1)).append("、").append(t.get(2))
			.append("与").append(t.get(3)).append("研究，");
		sentences(r, chain.code(), 2 + r.nextInt(3), capabilities);
		StringBuilder achievements = new StringBuilder("近五年在").append(t.get(4)).append("方向发表论文")
			.append(5 + r.nextInt(60)).append("篇，授权发明专利").append(1 + r.nextInt(30)).append("项；");
		sentences(r, chain.code(), 1, achievements);
		List<String> keywords = new ArrayList<>(t.subList(1, Math.min(t.size(), 8)));
		keywords.addAll(some(r, this.words.pool(this.words.capabilities, chain.code()), 2));
		Vocabulary.Term region = pick(r, this.words.regions);
		OrganizationType type = home.code().equals("INSTITUTE") ? OrganizationType.INSTITUTE
				: r.nextInt(6) == 0 ? OrganizationType.ENTERPRISE : OrganizationType.UNIVERSITY;
		return new LabProfileView(id(kind, i), name,
				new LabProfileView.Organization(id(5, i % 500), home.zh(), type, true), "负责人" + (i % 997),
				cut("面向" + chain.zh() + "的" + t.get(0) + "团队，主攻" + t.get(1) + "和" + t.get(5) + "。", 900),
				fields.stream().map(Vocabulary.Term::code).toList(), List.copyOf(new LinkedHashSet<>(keywords)),
				cut(capabilities.toString(), 4800), cut(achievements.toString(), 4800),
				cut("具备" + t.get(t.size() - 1) + "测试平台与中试线。", 2800), 3 + r.nextInt(80), region.code(), region.zh(),
				LabProfileView.TrackRecord.none(), this.now.minus(Duration.ofDays(r.nextInt(400))));
	}

	/** Forms of distinct synonym groups of the chain (and some general research terms). */
	List<String> terms(Random r, String chain, int count, boolean english) {
		List<List<String>> own = this.words.groupsOf(chain);
		List<List<String>> general = this.words.groupsOf("");
		Set<String> out = new LinkedHashSet<>();
		for (int guard = 0; out.size() < count && guard < count * 10; guard++) {
			List<String> group = r.nextInt(6) == 0 ? pick(r, general) : pick(r, own);
			int form = english || r.nextInt(4) == 0 ? r.nextInt(group.size()) : 0;
			out.add(group.get(form));
		}
		return new ArrayList<>(out);
	}

	private void sentences(Random r, String chain, int count, StringBuilder out) {
		List<String> pool = this.words.pool(this.words.sentences, chain);
		for (int k = 0; k < count; k++) {
			out.append(pick(r, pool));
		}
	}

	Random random(int kind, long i) {
		long z = this.seed * 1_000_003L + kind * 0x9E3779B97F4A7C15L + i;
		z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
		z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
		// java.util.Random gives correlated first values for neighbouring seeds: mix them first.
		return new Random(z ^ (z >>> 33));
	}

	static <T> T pick(Random r, List<T> values) {
		return values.get(r.nextInt(values.size()));
	}

	static <T> T pick(Random r, T[] values) {
		return values[r.nextInt(values.length)];
	}

	static <T> List<T> some(Random r, List<T> values, int count) {
		List<T> out = new ArrayList<>();
		for (int k = 0; k < count && !values.isEmpty(); k++) {
			T value = pick(r, values);
			if (!out.contains(value)) {
				out.add(value);
			}
		}
		return out;
	}

	private static String cut(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

}
