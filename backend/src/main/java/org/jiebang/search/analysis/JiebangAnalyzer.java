package org.jiebang.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The one analyzer of Jiebang, used for indexing and for querying alike; the field name's {@link FieldKind}
 * picks the chain.
 *
 * <p>All chains start with NFKC folding. Word fields segment Chinese with smartcn, lower-case, drop stop
 * words and fold English plurals; gram fields keep Chinese character bigrams (robust when the segmenter
 * cuts an unknown term into pieces); pair fields keep adjacent word pairs; concept fields keep one token
 * per synonym-list match, so 碳化硅, ＳｉＣ and "silicon carbides" all index as the same concept. Synonyms
 * are matched on a one-token-per-Chinese-character stream, so a rule matches however smartcn would cut the
 * text, and they apply identically at index and query time. They never put a token graph into the word
 * fields, so positions there stay linear and phrase queries stay correct; multi-word forms match only as
 * the whole phrase.
 *
 * <p>A document sends the same text through the same chain several times (its search field, its matching
 * field, the matching "all" field, the word pairs); each chain runs behind a {@link ReplayTokenizer}, which
 * replays the tokens the thread produced for that text a moment ago, so smartcn segments each text once.
 */
public final class JiebangAnalyzer extends Analyzer {

    private static final String PAIR_SEPARATOR = " ";

    private final SynonymMap synonyms;
    private final int synonymGroups;
    private final RecentTokens recent = new RecentTokens();

    private JiebangAnalyzer(SynonymMap synonyms, int synonymGroups) {
        // Chains differ per field, so components must be cached per field, not shared across fields.
        super(PER_FIELD_REUSE_STRATEGY);
        this.synonyms = synonyms;
        this.synonymGroups = synonymGroups;
    }

    /** Builds the analyzer with the synonym list read (once) from the given source. */
    public static JiebangAnalyzer create(SynonymSource source) throws IOException {
        List<SynonymRules.Group> groups;
        try (Reader reader = source.open()) {
            groups = SynonymRules.parse(reader);
        }
        return new JiebangAnalyzer(ConceptSynonyms.build(groups), groups.size());
    }

    /** How many synonym groups (rules) were loaded. */
    public int synonymGroups() {
        return synonymGroups;
    }

    /** Whether an indexed term is a synonym concept rather than a word. */
    public static boolean isConcept(String term) {
        return term.startsWith(ConceptSynonyms.PREFIX);
    }

    /** The human-readable name of a term: the concept's first form for concepts, the term itself otherwise. */
    public static String label(String term) {
        return isConcept(term) ? term.substring(ConceptSynonyms.PREFIX.length()) : term;
    }

    /**
     * The {@link FieldKind#PAIRS} tokens of a text given its {@link FieldKind#WORDS} tokens in order: the pair
     * chain is the word chain followed by 2-word shingles, so callers that already hold the words can skip a
     * second pass of the (slow) segmenter.
     */
    public static String pair(String firstWord, String secondWord) {
        return firstWord + PAIR_SEPARATOR + secondWord;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new NfkcCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        // Each chain runs behind a replaying tokenizer: a text that several fields of a document share is
        // analysed once per chain, and word pairs are built on the (replayed) words.
        FieldKind kind = FieldKind.of(fieldName);
        if (kind == FieldKind.PAIRS) {
            Tokenizer words = new ReplayTokenizer(FieldKind.WORDS, TokenChains.words(), this.recent);
            return new TokenStreamComponents(words, TokenChains.pairs(words));
        }
        return new TokenStreamComponents(new ReplayTokenizer(kind, TokenChains.direct(kind, this.synonyms), this.recent));
    }

    @Override
    public void close() {
        super.close();
        this.recent.close();
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
