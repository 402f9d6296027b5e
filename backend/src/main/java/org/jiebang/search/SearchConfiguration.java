package org.jiebang.search;

import java.io.IOException;

import org.jiebang.search.analysis.JiebangAnalyzer;
import org.jiebang.search.analysis.SynonymSource;
import org.jiebang.search.index.Labels;
import org.jiebang.search.matching.MatchWeights;
import org.jiebang.taxonomy.TaxonomyService;
import org.jiebang.taxonomy.TaxonomyView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The analyzer with the domain synonym list of {@code seeds/}, the match tuning, and taxonomy words. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	static final String SYNONYMS = "seeds/synonyms.txt";

	@Bean(destroyMethod = "close")
	JiebangAnalyzer jiebangAnalyzer() throws IOException {
		return JiebangAnalyzer.create(SynonymSource.classpath(SYNONYMS));
	}

	@Bean
	MatchWeights matchWeights() {
		return MatchWeights.defaults();
	}

	/** A chain or field code as its Chinese and English names, so both languages find it. */
	@Bean
	Labels taxonomyLabels(TaxonomyService taxonomy) {
		return code -> taxonomy.industryChain(code)
			.or(() -> taxonomy.techField(code))
			.map(SearchConfiguration::words)
			.orElse(code);
	}

	private static String words(TaxonomyView.Term term) {
		return term.zh() + " " + term.en();
	}

}
