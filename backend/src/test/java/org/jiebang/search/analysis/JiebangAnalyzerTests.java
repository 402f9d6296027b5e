package org.jiebang.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiebang.search.analysis.AnalyzerTestSupport.tokens;
import static org.jiebang.search.analysis.AnalyzerTestSupport.tokensWithOriginals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JiebangAnalyzerTests {

    private static final String RULES = """
            # comment lines are ignored
            碳化硅, SiC, silicon carbide
            有机发光二极管, OLED, organic light-emitting diode
            荷电状态, state of charge
            """;

    private static JiebangAnalyzer analyzer;

    @BeforeAll
    static void createAnalyzer() throws IOException {
        analyzer = JiebangAnalyzer.create(SynonymSource.text(RULES));
    }

    @AfterAll
    static void closeAnalyzer() {
        analyzer.close();
    }

    @Test
    void segmentsChineseIntoWordsAndDropsParticles() {
        assertThat(tokens(analyzer, "capabilities", "碳化硅功率器件的可靠性研究"))
                .containsExactly("碳化硅", "功率", "器件", "可靠性", "研究");
    }

    @Test
    void lowerCasesEnglishFoldsPluralsAndDropsStopWords() {
        assertThat(tokens(analyzer, "capabilities", "Silicon Carbides MOSFETs for the batteries"))
                .containsExactly("silicon", "carbide", "mosfet", "battery");
    }

    @Test
    void keepsBothScriptsOfMixedText() {
        assertThat(tokens(analyzer, "capabilities", "碳化硅MOSFET芯片与GaN器件"))
                .containsExactly("碳化硅", "mosfet", "芯片", "gan", "器件");
    }

    @Test
    void foldsFullWidthLettersAndDigitsWhileOffsetsKeepTheOriginal() {
        assertThat(tokensWithOriginals(analyzer, "capabilities", "ＳｉＣ １２００Ｖ，≤２ｍΩ"))
                .startsWith("sic=ＳｉＣ", "1200=１２００")
                .doesNotContain("v=Ｖ", "m=ｍ");
    }

    @Test
    void offsetsStayOrderedAcrossCharactersThatExpand() {
        assertThat(tokensWithOriginals(analyzer, "capabilities", "效率…提升 ﬁlm"))
                .containsExactly("效率=效率", "提升=提升", "film=ﬁlm");
    }

    @Test
    void gramFieldsKeepOnlyChineseBigrams() {
        assertThat(tokens(analyzer, "capabilities.gram", "碳化硅MOSFET")).containsExactly("碳化", "化硅");
    }

    @Test
    void pairFieldsPairAdjacentWordsAcrossStopWords() {
        assertThat(tokens(analyzer, "capabilities.pair", "state of the charge estimation"))
                .containsExactly("state charge", "charge estimation");
    }

    @Test
    void pairHelperBuildsTheSameTokensAsThePairChain() {
        String text = "The company will develop 1200V SiC modules for 800V 电驱动系统 and 储能。";
        List<String> words = tokens(analyzer, "x", text);
        List<String> derived = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            derived.add(JiebangAnalyzer.pair(words.get(i - 1), words.get(i)));
        }
        assertThat(tokens(analyzer, "x.pair", text)).isEqualTo(derived);
    }

    @Test
    void everySpellingOfASynonymBecomesTheSameConcept() {
        for (String spelling : List.of("碳化硅", "SiC", "ＳｉＣ", "silicon carbide", "Silicon Carbides")) {
            assertThat(tokens(analyzer, "capabilities.concept", spelling)).as(spelling).containsExactly("syn:碳化硅");
        }
    }

    @Test
    void conceptsAreFoundInsideLongerText() {
        assertThat(tokens(analyzer, "summary.concept", "我们研究有机发光二极管与碳化硅（SiC）功率芯片"))
                .containsExactly("syn:有机发光二极管", "syn:碳化硅", "syn:碳化硅");
    }

    @Test
    void multiWordSynonymsNeedTheWholePhrase() {
        assertThat(tokens(analyzer, "summary.concept", "silicon wafers and carbide tools")).isEmpty();
        assertThat(tokens(analyzer, "summary.concept", "accurate state of charge")).containsExactly("syn:荷电状态");
    }

    @Test
    void conceptLabelsNameTheFirstForm() {
        assertThat(JiebangAnalyzer.isConcept("syn:碳化硅")).isTrue();
        assertThat(JiebangAnalyzer.label("syn:碳化硅")).isEqualTo("碳化硅");
        assertThat(JiebangAnalyzer.label("mosfet")).isEqualTo("mosfet");
    }

    @Test
    void withoutSynonymsConceptFieldsAreEmpty() throws IOException {
        try (JiebangAnalyzer plain = JiebangAnalyzer.create(SynonymSource.none())) {
            assertThat(plain.synonymGroups()).isZero();
            assertThat(tokens(plain, "capabilities.concept", "碳化硅 SiC")).isEmpty();
            assertThat(tokens(plain, "capabilities", "碳化硅 SiC")).containsExactly("碳化硅", "sic");
        }
    }
}
