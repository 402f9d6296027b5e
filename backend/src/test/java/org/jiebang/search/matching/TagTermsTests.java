package org.jiebang.search.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import org.jiebang.search.analysis.FieldKind;
import org.jiebang.search.analysis.JiebangAnalyzer;
import org.jiebang.search.analysis.SynonymSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TagTermsTests {

    private static JiebangAnalyzer analyzer;

    @BeforeAll
    static void createAnalyzer() throws IOException {
        analyzer = JiebangAnalyzer.create(SynonymSource.text(Profiles.RULES));
    }

    @AfterAll
    static void closeAnalyzer() {
        analyzer.close();
    }

    @Test
    void aSynonymConceptCoversTheWholeTag() {
        TagTerms tag = TagTerms.of(analyzer, "碳化硅");
        assertThat(tag.coverage((kind, term) -> kind == FieldKind.CONCEPTS && term.equals("syn:碳化硅"))).isEqualTo(1.0);
    }

    @Test
    void otherwiseCoverageIsTheBestShareOfWordsOrBigrams() {
        TagTerms tag = TagTerms.of(analyzer, "栅氧可靠性");
        Set<String> present = Set.of("可靠", "靠性");
        assertThat(tag.terms().get(FieldKind.GRAMS)).containsExactly("栅氧", "氧可", "可靠", "靠性");
        assertThat(tag.coverage((kind, term) -> kind == FieldKind.GRAMS && present.contains(term))).isEqualTo(0.5);
        assertThat(tag.coverage((kind, term) -> false)).isZero();
    }

    @Test
    void encodingRoundTrips() {
        TagTerms tag = TagTerms.of(analyzer, "GaN HEMT 射频功放");
        assertThat(TagTerms.decode(tag.encode())).isEqualTo(tag);
        TagTerms empty = TagTerms.of(analyzer, "的");
        assertThat(TagTerms.decode(empty.encode())).isEqualTo(empty);
    }
}
