package org.jiebang.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Compiles synonym groups into a {@link SynonymMap} whose every form produces one concept token.
 *
 * <p>A concept token instead of plain expansion keeps multi-word forms exact ("silicon carbide" as a
 * sequence, not "silicon" anywhere), lets one field carry only the concepts so their idf is their own,
 * and lets explanations name the concept rather than list every spelling.
 */
final class ConceptSynonyms {

    static final String PREFIX = "syn:";

    private ConceptSynonyms() {
    }

    static SynonymMap build(List<SynonymRules.Group> groups) throws IOException {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        try (Analyzer base = new BaseAnalyzer()) {
            CharsRefBuilder scratch = new CharsRefBuilder();
            for (SynonymRules.Group group : groups) {
                CharsRef concept = new CharsRef(token(group.concept()));
                for (String form : group.forms()) {
                    List<String> words = words(base, form);
                    if (!words.isEmpty()) {
                        builder.add(SynonymMap.Builder.join(words.toArray(String[]::new), scratch), concept, true);
                    }
                }
            }
        }
        return builder.build();
    }

    static String token(String conceptName) {
        return PREFIX + Normalizer.normalize(conceptName, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> words(Analyzer base, String form) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = base.tokenStream("", form)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        return words;
    }

    /** The text side of concept matching, so that rules and texts are cut into the same tokens. */
    private static final class BaseAnalyzer extends Analyzer {

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new NfkcCharFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return TokenChains.conceptBase();
        }
    }
}
