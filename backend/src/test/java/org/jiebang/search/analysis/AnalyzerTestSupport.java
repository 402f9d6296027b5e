package org.jiebang.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Token helpers shared by the analysis tests. */
final class AnalyzerTestSupport {

    private AnalyzerTestSupport() {
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        forEach(analyzer, field, text, (term, original) -> tokens.add(term));
        return tokens;
    }

    /** Each token followed by the original text its offsets point at, as {@code term=original}. */
    static List<String> tokensWithOriginals(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        forEach(analyzer, field, text, (term, original) -> tokens.add(term + "=" + original));
        return tokens;
    }

    private interface Sink {
        void accept(String term, String original);
    }

    private static void forEach(Analyzer analyzer, String field, String text, Sink sink) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
