package org.jiebang.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyzer replays a text's tokens when several fields share it: every attribute that indexing and
 * querying read must come out exactly as the chain itself produces it, first time or replayed.
 */
class ReplayTokenizerTests {

    private static final String RULES = """
            碳化硅, SiC, silicon carbide
            荷电状态, state of charge
            """;

    private static final List<String> TEXTS = List.of(
            "碳化硅MOSFET芯片与GaN器件的 state of charge 估计",
            "ＳｉＣ １２００Ｖ，≤２ｍΩ；效率…提升 ﬁlm ㎒ 级",
            "Silicon Carbides MOSFETs for the batteries, and the 荷电状态 of cells",
            "",
            "的");

    private static JiebangAnalyzer analyzer;
    private static Analyzer reference;

    @BeforeAll
    static void createAnalyzers() throws IOException {
        analyzer = JiebangAnalyzer.create(SynonymSource.text(RULES));
        SynonymMap synonyms = ConceptSynonyms.build(SynonymRules.parse(new StringReader(RULES)));
        // The chains as they were before replaying: each field runs its own tokenizer on the folded text.
        reference = new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new NfkcCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return TokenChains.direct(FieldKind.of(fieldName), synonyms);
            }
        };
    }

    @AfterAll
    static void closeAnalyzers() {
        analyzer.close();
        reference.close();
    }

    @Test
    void everyKindGivesTheChainsOwnTokensWhetherFreshOrReplayed() {
        for (int pass = 0; pass < 3; pass++) {
            for (String text : TEXTS) {
                for (FieldKind kind : FieldKind.values()) {
                    for (String base : List.of("title", "description", "all")) {
                        String field = kind.field(base);
                        assertThat(tokens(analyzer, field, text)).as("%s of %s, pass %d", field, text, pass)
                                .isEqualTo(tokens(reference, field, text));
                    }
                }
            }
        }
    }

    @Test
    void replayedOffsetsPointIntoTheTextAtHand() {
        String text = "ＳｉＣ器件 ﬁlm";
        List<String> first = originals("title", text);
        assertThat(first).contains("sic=ＳｉＣ", "film=ﬁlm");
        assertThat(originals("summary", text)).isEqualTo(first);
        assertThat(originals("summary", "SiC器件 film")).contains("sic=SiC", "film=film");
    }

    @Test
    void textsLongerThanTheMemoryAreStillAnalysedWhole() {
        String text = "碳化硅功率器件。".repeat(RecentTokens.LONGEST / 8 + 10);
        List<String> tokens = tokens(analyzer, "description", text);
        assertThat(tokens).isEqualTo(tokens(reference, "description", text));
        assertThat(tokens(analyzer, "all", text)).isEqualTo(tokens);
        assertThat(tokens).hasSize(3 * (RecentTokens.LONGEST / 8 + 10) + 1); // and the end state
    }

    @Test
    void manyDistinctTextsEvictTheOldestWithoutMixingThemUp() {
        for (int i = 0; i < RecentTokens.ENTRIES * 3; i++) {
            String text = "碳化硅 sample " + i + " 器件";
            assertThat(tokens(analyzer, "title.concept", text)).isEqualTo(tokens(reference, "title.concept", text));
            assertThat(tokens(analyzer, "title", text)).isEqualTo(tokens(reference, "title", text));
        }
    }

    /** Every attribute that indexing or querying reads, as one line per token, then the end state. */
    private static List<String> tokens(Analyzer which, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = which.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +"
                        + increment.getPositionIncrement() + " x" + length.getPositionLength() + " " + type.type());
            }
            stream.end();
            tokens.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static List<String> originals(String field, String text) {
        return AnalyzerTestSupport.tokensWithOriginals(analyzer, field, text);
    }
}
