package org.jiebang.search.analysis;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Iterator;
import java.util.Locale;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;

/**
 * smartcn's tokenizer ({@link HMMChineseTokenizer}: sentences, then words) with {@link ChineseSegmenter} doing
 * the word segmentation; the tokens, offsets and types are the same.
 */
final class ChineseTokenizer extends SegmentingTokenizerBase {

    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final ChineseSegmenter segmenter = new ChineseSegmenter();

    private Iterator<SegToken> tokens;

    ChineseTokenizer() {
        super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, (BreakIterator) SENTENCES.clone());
    }

    @Override
    protected void setNextSentence(int sentenceStart, int sentenceEnd) {
        String sentence = new String(this.buffer, sentenceStart, sentenceEnd - sentenceStart);
        this.tokens = this.segmenter.segment(sentence, this.offset + sentenceStart).iterator();
    }

    @Override
    protected boolean incrementWord() {
        if (this.tokens == null || !this.tokens.hasNext()) {
            return false;
        }
        SegToken token = this.tokens.next();
        clearAttributes();
        this.term.copyBuffer(token.charArray, 0, token.charArray.length);
        this.offsets.setOffset(correctOffset(token.startOffset), correctOffset(token.endOffset));
        this.type.setType("word");
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        this.tokens = null;
    }
}
