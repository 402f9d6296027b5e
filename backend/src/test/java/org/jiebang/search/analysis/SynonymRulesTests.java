package org.jiebang.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymRulesTests {

    @Test
    void equivalenceLinesAreNamedAfterTheirFirstForm() throws IOException {
        List<SynonymRules.Group> groups = SynonymRules.parse(new StringReader("碳化硅, SiC , silicon carbide\n"));
        assertThat(groups).containsExactly(new SynonymRules.Group("碳化硅", List.of("碳化硅", "SiC", "silicon carbide")));
    }

    @Test
    void explicitMappingsAreNamedAfterTheirRightHandSide() throws IOException {
        List<SynonymRules.Group> groups = SynonymRules.parse(new StringReader("i-pod, ipod => iPod, apple player"));
        assertThat(groups.get(0).concept()).isEqualTo("iPod");
        assertThat(groups.get(0).forms()).containsExactly("i-pod", "ipod", "iPod", "apple player");
    }

    @Test
    void commentsBlankLinesAndEscapedCommasAreHandled() throws IOException {
        List<SynonymRules.Group> groups = SynonymRules.parse(new StringReader("# note\n\n  a\\,b, c\n"));
        assertThat(groups).singleElement().extracting(SynonymRules.Group::forms).isEqualTo(List.of("a,b", "c"));
    }

    @Test
    void aRuleWithAnEmptySideIsRejectedWithItsLineNumber() {
        assertThatThrownBy(() -> SynonymRules.parse(new StringReader("a, b\n=> c\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }
}
