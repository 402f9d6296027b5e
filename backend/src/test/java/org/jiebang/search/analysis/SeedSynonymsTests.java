package org.jiebang.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiebang.search.analysis.AnalyzerTestSupport.tokens;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the production list in {@code seeds/synonyms.txt}, which tests see from the backend module folder. */
class SeedSynonymsTests {

    private static final Path SEED = Path.of("..", "seeds", "synonyms.txt");

    @Test
    void theSeedListLoadsWithAtLeastThreeHundredRules() throws IOException {
        assertThat(SEED).isRegularFile();
        try (JiebangAnalyzer analyzer = JiebangAnalyzer.create(SynonymSource.file(SEED))) {
            assertThat(analyzer.synonymGroups()).isGreaterThanOrEqualTo(300);
        }
    }

    @Test
    void everyFormOfEveryRuleProducesItsConcept() throws IOException {
        List<SynonymRules.Group> groups;
        try (Reader reader = Files.newBufferedReader(SEED)) {
            groups = SynonymRules.parse(reader);
        }
        try (JiebangAnalyzer analyzer = JiebangAnalyzer.create(SynonymSource.file(SEED))) {
            for (SynonymRules.Group group : groups) {
                for (String form : group.forms()) {
                    assertThat(tokens(analyzer, "x.concept", form)).as(form).isNotEmpty();
                }
            }
        }
    }

    @Test
    void bridgesTheIndustryTermsOfTheChallengeList() throws IOException {
        try (JiebangAnalyzer analyzer = JiebangAnalyzer.create(SynonymSource.file(SEED))) {
            assertThat(tokens(analyzer, "x.concept", "氮化镓")).isEqualTo(tokens(analyzer, "x.concept", "gallium nitride"));
            assertThat(tokens(analyzer, "x.concept", "有机发光二极管")).isEqualTo(tokens(analyzer, "x.concept", "OLED"));
            assertThat(tokens(analyzer, "x.concept", "热障涂层")).isEqualTo(tokens(analyzer, "x.concept", "TBCs"));
            assertThat(tokens(analyzer, "x.concept", "全固态电池")).isEqualTo(tokens(analyzer, "x.concept", "ASSBs"));
        }
    }

    @Test
    void aMissingFileIsReportedByPath() {
        SynonymSource missing = SynonymSource.file(Path.of("no", "such", "synonyms.txt"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JiebangAnalyzer.create(missing))
                .isInstanceOf(java.nio.file.NoSuchFileException.class)
                .hasMessageContaining("synonyms.txt");
    }
}
