package org.jiebang.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer.TokenStreamComponents;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A tokenizer that emits what a whole token chain emits for its text, taking the tokens from the
 * {@link RecentTokens} of the thread when the same text went through the same chain a moment ago.
 *
 * <p>A document sends each text through the same chain several times (the search field, the matching field,
 * the matching "all" field, the word pairs built on the words), and smartcn segmentation is by far the
 * most expensive step of indexing; replaying the recorded tokens makes it run once per text. Offsets are
 * recorded relative to the (already folded) text and corrected through this tokenizer's char filters on
 * every replay, so they stay right for the input at hand.
 */
final class ReplayTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    private final FieldKind kind;
    private final TokenStreamComponents chain;
    private final RecentTokens recent;
    private char[] text = new char[1024];

    private RecentTokens.Recorded tokens;
    private int next;

    /** Replays {@code chain}, a chain that reads the text itself (its own tokenizer, no char filter). */
    ReplayTokenizer(FieldKind kind, TokenStreamComponents chain, RecentTokens recent) {
        this.kind = kind;
        this.chain = chain;
        this.recent = recent;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        int length = 0;
        for (int n = this.input.read(this.text, 0, this.text.length); n != -1;
                n = this.input.read(this.text, length, this.text.length - length)) {
            length += n;
            if (length == this.text.length) {
                this.text = Arrays.copyOf(this.text, this.text.length * 2);
            }
        }
        String value = new String(this.text, 0, length);
        if (this.text.length > RecentTokens.LONGEST) {
            this.text = new char[1024]; // the tokenizer lives as long as its thread: do not keep a huge buffer
        }
        RecentTokens.Recorded found = this.recent.get(this.kind, value);
        if (found == null) {
            found = record(value);
            this.recent.put(this.kind, value, found);
        }
        this.tokens = found;
        this.next = 0;
    }

    @Override
    public boolean incrementToken() {
        if (this.next >= this.tokens.size()) {
            return false;
        }
        clearAttributes();
        int i = this.next++;
        this.tokens.copyTerm(i, this.term);
        this.offset.setOffset(correctOffset(this.tokens.start(i)), correctOffset(this.tokens.end(i)));
        this.increment.setPositionIncrement(this.tokens.increment(i));
        this.length.setPositionLength(this.tokens.length(i));
        this.type.setType(this.tokens.type(i));
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(this.tokens.finalOffset());
        this.offset.setOffset(last, last);
        this.increment.setPositionIncrement(this.tokens.finalIncrement());
    }

    @Override
    public void close() throws IOException {
        super.close();
        this.tokens = null;
    }

    private RecentTokens.Recorded record(String value) throws IOException {
        TokenStream stream = this.chain.getTokenStream();
        Reader reader = new StringReader(value);
        this.chain.getSource().accept(reader);
        CharTermAttribute t = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute o = stream.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute p = stream.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute l = stream.addAttribute(PositionLengthAttribute.class);
        TypeAttribute ty = stream.addAttribute(TypeAttribute.class);
        RecentTokens.Recorder recorder = new RecentTokens.Recorder();
        try {
            stream.reset();
            while (stream.incrementToken()) {
                recorder.add(t, o.startOffset(), o.endOffset(), p.getPositionIncrement(), l.getPositionLength(),
                        ty.type());
            }
            stream.end();
            return recorder.finish(o.endOffset(), p.getPositionIncrement());
        }
        finally {
            stream.close();
        }
    }
}
