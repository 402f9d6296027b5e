package org.jiebang.search.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChallengeSectionsTests {

    @Test
    void backgroundAndScenarioGoToContextAndHeadingsAreDropped() {
        ChallengeProfile challenge = Profiles.challenge("C1", "碳化硅模块",
                "引言。【需求背景】电动车需要。【应用场景】用于800V平台。【主要技术难点】栅氧可靠性。【技术指标】导通电阻≤2 mΩ。");
        var sections = ChallengeSections.of(challenge);
        assertThat(String.join("|", sections.get(ChallengeSections.CONTEXT))).isEqualTo("电动车需要。|用于800V平台。");
        assertThat(String.join("|", sections.get(MatchFields.DESCRIPTION)))
                .isEqualTo("|引言。|栅氧可靠性。|导通电阻≤2 mΩ。");
        assertThat(sections.get(MatchFields.TITLE)).containsExactly("碳化硅模块");
    }

    @Test
    void descriptionsWithoutHeadingsStayWhole() {
        ChallengeProfile challenge = Profiles.challenge("C2", "Wafer polishing", "A [112] Si wafer process.");
        var sections = ChallengeSections.of(challenge);
        assertThat(sections.get(MatchFields.DESCRIPTION)).containsExactly("", "A [112] Si wafer process.");
        assertThat(sections.get(ChallengeSections.CONTEXT)).isEmpty();
    }

    @Test
    void indicatorsAndTagsAreSectionsOfTheirOwn() {
        ChallengeProfile challenge = Profiles.challenge("C3", "SiC", List.of("碳化硅MOSFET"), "");
        var sections = ChallengeSections.of(challenge);
        assertThat(sections.get(MatchFields.INDICATORS)).containsExactly("导通电阻 ≤ 2 mΩ");
        assertThat(sections.get(MatchFields.TAGS)).containsExactly("碳化硅MOSFET");
    }
}
