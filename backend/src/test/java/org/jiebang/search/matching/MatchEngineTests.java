package org.jiebang.search.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.jiebang.search.analysis.JiebangAnalyzer;
import org.jiebang.search.analysis.SynonymSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MatchEngineTests {

    private JiebangAnalyzer analyzer;
    private MatchEngine engine;

    @BeforeEach
    void createEngine() throws IOException {
        analyzer = JiebangAnalyzer.create(SynonymSource.text(Profiles.RULES));
        engine = MatchEngine.inMemory(analyzer, MatchWeights.defaults());
        engine.indexLab(Profiles.lab("sic-en", "Design and reliability of SiC power MOSFETs for traction inverters."));
        engine.indexLab(Profiles.lab("sic-zh", "碳化硅功率器件外延与栅氧工艺。"));
        engine.indexLab(Profiles.lab("oled", "有机发光二极管蓝光材料与器件寿命。"));
        engine.indexLab(Profiles.lab("food", "食品软包装热封与阻隔膜。"));
        engine.refresh();
    }

    @AfterEach
    void close() throws IOException {
        engine.close();
        analyzer.close();
    }

    @Test
    void aChineseChallengeFindsALabThatOnlySaysSiC() throws IOException {
        List<Match> matches = engine.labsFor(Profiles.challenge("C1", "车规级碳化硅模块", ""), 10);
        assertThat(ids(matches)).contains("sic-en", "sic-zh").doesNotContain("food", "oled");
        Match english = matches.stream().filter(m -> m.id().equals("sic-en")).findFirst().orElseThrow();
        assertThat(english.explanation().matchedTerms()).containsKey(MatchFields.CAPABILITIES);
        assertThat(english.explanation().matchedTerms().get(MatchFields.CAPABILITIES)).contains("碳化硅");
    }

    @Test
    void anEnglishAbbreviationFindsALabThatOnlyWritesChinese() throws IOException {
        List<Match> matches = engine.labsFor(Profiles.challenge("C2", "SiC substrates", ""), 10);
        assertThat(ids(matches)).containsExactlyInAnyOrder("sic-en", "sic-zh");
        Match chinese = matches.stream().filter(m -> m.id().equals("sic-zh")).findFirst().orElseThrow();
        assertThat(chinese.explanation().matchedTerms()).containsEntry(MatchFields.CAPABILITIES, List.of("碳化硅"));
    }

    @Test
    void aSpelledOutEnglishTermFindsBothLanguages() throws IOException {
        assertThat(ids(engine.labsFor(Profiles.challenge("C3", "silicon carbide devices", ""), 10)))
                .contains("sic-en", "sic-zh").doesNotContain("oled", "food");
    }

    @Test
    void factorSharesAddUpToTheScore() throws IOException {
        engine.indexLab(Profiles.lab("tagged", List.of("碳化硅MOSFET", "栅氧可靠性"), "车规级功率模块。", "上海",
                new TrackRecord(4, 3, 1, 0.75)));
        engine.refresh();
        ChallengeProfile challenge = Profiles.challenge("C4", "碳化硅MOSFET芯片", List.of("碳化硅MOSFET", "栅氧可靠性"), "上海市");
        List<Match> matches = engine.labsFor(challenge, 10);
        assertThat(matches).isNotEmpty();
        for (Match match : matches) {
            double sum = match.explanation().factors().stream().mapToDouble(FactorShare::share).sum();
            assertThat(sum).isCloseTo(match.score(), within(1e-12));
            assertThat(match.explanation().total()).isCloseTo(match.score(), within(1e-12));
            assertThat(match.explanation().factors()).extracting(FactorShare::factor)
                    .containsExactly(MatchFactor.values());
        }
        assertThat(matches.get(0).id()).isEqualTo("tagged");
    }

    @Test
    void explanationsNameMatchedTagsRegionAndTrackRecord() throws IOException {
        engine.indexLab(Profiles.lab("tagged", List.of("碳化硅MOSFET", "栅氧可靠性"), "车规级功率模块。", "上海",
                new TrackRecord(4, 3, 1, 0.75)));
        engine.refresh();
        ChallengeProfile challenge = Profiles.challenge("C5", "碳化硅MOSFET芯片", List.of("碳化硅MOSFET", "栅氧可靠性"), "上海市");
        MatchExplanation why = engine.labsFor(challenge, 1).get(0).explanation();
        assertThat(why.matchedTags()).containsExactly("碳化硅MOSFET", "栅氧可靠性");
        assertThat(share(why, MatchFactor.TAGS).value()).isEqualTo(1.0);
        assertThat(share(why, MatchFactor.REGION).value()).isEqualTo(1.0);
        assertThat(share(why, MatchFactor.TRACK_RECORD).value()).isEqualTo(new TrackRecord(4, 3, 1, 0.75).score());
        assertThat(share(why, MatchFactor.TEXT).value()).isEqualTo(1.0);
    }

    @Test
    void labsAreRankedBestFirstAndLimited() throws IOException {
        List<Match> matches = engine.labsFor(Profiles.challenge("C6", "碳化硅 SiC MOSFET traction inverters", ""), 1);
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).id()).isEqualTo("sic-en");
        List<Match> all = engine.labsFor(Profiles.challenge("C6", "碳化硅 SiC MOSFET traction inverters", ""), 10);
        assertThat(all).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void aChallengeWithoutMatchingWordsMatchesNothing() throws IOException {
        assertThat(engine.labsFor(Profiles.challenge("C7", "zebra", "quokka"), 10)).isEmpty();
        assertThat(engine.labsFor(Profiles.challenge("C7", "碳化硅", ""), 0)).isEmpty();
    }

    @Test
    void updatedAndRemovedLabsAreSeenAfterRefresh() throws IOException {
        engine.removeLab("sic-zh");
        engine.indexLab(Profiles.lab("oled", "碳化硅衬底"));
        assertThat(ids(engine.labsFor(Profiles.challenge("C8", "碳化硅", ""), 10))).contains("sic-zh");
        engine.refresh();
        assertThat(ids(engine.labsFor(Profiles.challenge("C8", "碳化硅", ""), 10)))
                .doesNotContain("sic-zh").contains("oled");
    }

    @Test
    void ranksOpenChallengesForALab() throws IOException {
        engine.indexChallenge(Profiles.challenge("C-sic", "碳化硅MOSFET芯片", List.of("碳化硅MOSFET"), ""));
        engine.indexChallenge(Profiles.challenge("C-oled", "深蓝光OLED材料", "有机发光二极管寿命"));
        engine.indexChallenge(Profiles.challenge("C-food", "食品保鲜", "冷链物流"));
        engine.refresh();
        LabProfile lab = Profiles.lab("sic", List.of("SiC MOSFET"), "silicon carbide power devices", "", null);
        List<Match> matches = engine.challengesFor(lab, 10);
        assertThat(ids(matches)).containsExactly("C-sic");
        assertThat(matches.get(0).explanation().matchedTags()).containsExactly("碳化硅MOSFET");
        assertThat(matches.get(0).explanation().total()).isCloseTo(matches.get(0).score(), within(1e-12));
        engine.removeChallenge("C-sic");
        engine.refresh();
        assertThat(engine.challengesFor(lab, 10)).isEmpty();
    }

    private static FactorShare share(MatchExplanation why, MatchFactor factor) {
        return why.factors().stream().filter(f -> f.factor() == factor).findFirst().orElseThrow();
    }

    private static List<String> ids(List<Match> matches) {
        return matches.stream().map(Match::id).toList();
    }
}
