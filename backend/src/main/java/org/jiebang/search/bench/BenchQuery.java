package org.jiebang.search.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.ChallengeType;
import org.jiebang.search.index.ChallengeSearchQuery;

/**
 * One benchmark search: words and optional filters, as the engine query, as the HTTP query string and as
 * the SQL filter of the PostgreSQL baseline.
 *
 * @param kind zh, en or mixed
 * @param text the words
 * @param chain industry chain filter, or {@code null}
 * @param type challenge type filter, or {@code null}
 * @param regions province filter (empty: any)
 * @param status status filter, or {@code null}
 * @param bountyMinYuan lowest bounty in CNY, or {@code null}
 */
record BenchQuery(String kind, String text, String chain, String type, List<String> regions, String status,
		Long bountyMinYuan) {

	/** The fixed query list: {@code count} queries of 1 to 5 terms, about a third with filters. */
	static List<BenchQuery> list(BenchCorpus corpus, int count) {
		List<BenchQuery> out = new ArrayList<>();
		Vocabulary words = corpus.words();
		for (int i = 0; i < count; i++) {
			Random r = corpus.random(6, i);
			Vocabulary.Term chain = BenchCorpus.pick(r, words.chains);
			String kind = i % 3 == 0 ? "zh" : i % 3 == 1 ? "en" : "mixed";
			int terms = 1 + Math.min(r.nextInt(3), r.nextInt(5));
			List<String> parts = new ArrayList<>();
			for (String form : corpus.terms(r, chain.code(), terms + 2, true)) {
				boolean latin = form.chars().allMatch(c -> c < 0x3000);
				boolean wanted = kind.equals("mixed") || kind.equals("en") == latin;
				if (wanted && parts.size() < terms) {
					parts.add(form);
				}
			}
			if (parts.isEmpty()) {
				parts.add(kind.equals("en") ? chain.en() : chain.zh());
			}
			if (kind.equals("mixed") && parts.size() == 1) {
				parts.add(parts.get(0).chars().allMatch(c -> c < 0x3000) ? chain.zh() : chain.en());
			}
			boolean filtered = r.nextInt(3) == 0;
			int filter = r.nextInt(5);
			out.add(new BenchQuery(kind, String.join(" ", parts), filtered && filter == 0 ? chain.code() : null,
					filtered && filter == 1 ? BenchCorpus.pick(r, ChallengeType.values()).name() : null,
					filtered && filter == 2 ? List.of(BenchCorpus.pick(r, words.regions).code(),
							BenchCorpus.pick(r, words.regions).code()) : List.of(),
					filtered && filter == 3 ? ChallengeStatus.PUBLISHED.name() : null,
					filtered && filter == 4 ? 1_000_000L : null));
		}
		return out;
	}

	boolean filtered() {
		return this.chain != null || this.type != null || !this.regions.isEmpty() || this.status != null
				|| this.bountyMinYuan != null;
	}

	ChallengeSearchQuery engineQuery() {
		return new ChallengeSearchQuery(this.text, set(this.chain), set(this.type), Set.copyOf(this.regions),
				set(this.status), this.bountyMinYuan == null ? null : this.bountyMinYuan * 100, null, null, null,
				ChallengeSearchQuery.Sort.RELEVANCE, 0, 20);
	}

	/** {@code q=...&chain=...} for {@code GET /api/search/challenges}. */
	String httpQuery() {
		StringBuilder s = new StringBuilder("q=").append(URLEncoder.encode(this.text, StandardCharsets.UTF_8));
		param(s, "chain", this.chain);
		param(s, "type", this.type);
		this.regions.forEach(region -> param(s, "region", region));
		param(s, "status", this.status);
		param(s, "bountyMin", this.bountyMinYuan == null ? null : this.bountyMinYuan.toString());
		return s.toString();
	}

	private static void param(StringBuilder s, String name, String value) {
		if (value != null) {
			s.append('&').append(name).append('=').append(value);
		}
	}

	private static Set<String> set(String value) {
		return value == null ? Set.of() : Set.of(value);
	}

}
