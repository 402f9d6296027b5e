package org.jiebang.search.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Runs text through the analyzer; the only place in matching that touches token streams. */
final class Tokens {

    /** Receives each token with the span of the original text it came from. */
    @FunctionalInterface
    interface Sink {
        void accept(String term, int start, int end);
    }

    private Tokens() {
    }

    static void forEach(Analyzer analyzer, String field, String text, Sink sink) {
        if (text.isEmpty()) {
            return;
        }
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            // Analysis of an in-memory string cannot fail for I/O reasons; surface a bug loudly.
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> terms(Analyzer analyzer, String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        forEach(analyzer, field, text, (term, start, end) -> terms.add(term));
        return terms;
    }
}
