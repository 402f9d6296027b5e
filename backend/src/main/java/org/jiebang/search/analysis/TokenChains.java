package org.jiebang.search.analysis;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer.TokenStreamComponents;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/** Builders of the token chains behind each {@link FieldKind}; stateless, every call makes new components. */
final class TokenChains {

    private static final Set<String> BIGRAM_TYPES = Set.of(
            CJKBigramFilter.DOUBLE_TYPE, CJKBigramFilter.SINGLE_TYPE);

    private TokenChains() {
    }

    /**
     * smartcn segmentation ({@link ChineseTokenizer}: smartcn's model on faster tables); it already lower-cases
     * Latin letters and maps punctuation to ",".
     */
    static TokenStreamComponents words() {
        Tokenizer source = new ChineseTokenizer();
        return new TokenStreamComponents(source, wordFilters(source));
    }

    /**
     * Pairs of adjacent words, given the output of {@link #words()}; removed stop words do not break a pair
     * ("state of charge" pairs state-charge).
     */
    static TokenStream pairs(TokenStream words) {
        ShingleFilter stream = new ShingleFilter(new CloseGapsFilter(words), 2, 2);
        stream.setOutputUnigrams(false);
        // Must match JiebangAnalyzer.pair(), which derives the same tokens from the word chain.
        stream.setTokenSeparator(" ");
        return stream;
    }

    /** The chain of a field kind, reading its text itself (no replay; {@link JiebangAnalyzer} adds that). */
    static TokenStreamComponents direct(FieldKind kind, SynonymMap synonyms) {
        return switch (kind) {
            case WORDS -> words();
            case GRAMS -> grams();
            case CONCEPTS -> concepts(synonyms);
            case PAIRS -> {
                TokenStreamComponents words = words();
                yield new TokenStreamComponents(words.getSource(), pairs(words.getTokenStream()));
            }
        };
    }

    private static TokenStream wordFilters(Tokenizer source) {
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, StopWords.SET);
        // Single letters ("v" of 1200V, "a" of 600A) are unit debris, not capabilities.
        stream = new SingleLetterFilter(stream);
        return new EnglishMinimalStemFilter(stream);
    }

    /** Chinese character bigrams (a lone character stays a unigram); everything else is dropped. */
    static TokenStreamComponents grams() {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKBigramFilter(source);
        stream = new TypeTokenFilter(stream, BIGRAM_TYPES, true);
        return new TokenStreamComponents(source, stream);
    }

    /** The stream that synonym entries and texts are matched on: one token per Chinese character, stemmed words. */
    static TokenStreamComponents conceptBase() {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, conceptBaseFilters(source));
    }

    /** Only the concept tokens that the synonym list puts over the base stream. */
    static TokenStreamComponents concepts(SynonymMap synonyms) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = conceptBaseFilters(source);
        // An empty list has no FST, and the filter refuses one; the type filter below then drops every token.
        if (synonyms.fst != null) {
            stream = new SynonymGraphFilter(stream, synonyms, false);
        }
        stream = new TypeTokenFilter(stream, Set.of(SynonymGraphFilter.TYPE_SYNONYM), true);
        return new TokenStreamComponents(source, stream);
    }

    private static TokenStream conceptBaseFilters(Tokenizer source) {
        TokenStream stream = new LowerCaseFilter(source);
        stream = new EnglishPossessiveFilter(stream);
        return new EnglishMinimalStemFilter(stream);
    }
}
