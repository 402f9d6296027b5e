package org.jiebang.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.BitSet;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Folds text to Unicode NFKC (full-width ＳｉＣ to SiC, １２００Ｖ to 1200V, ㎡ to m2) while keeping offsets
 * pointing into the original text, so highlighting still marks the characters the user wrote.
 *
 * <p>Lucene's ICU module would do this too, but it is not a dependency; the JDK normaliser is enough
 * because profile fields are short enough to be normalised in one piece.
 */
final class NfkcCharFilter extends BaseCharFilter {

    /** Full-width forms of ASCII 0x21–0x7E (ＳｉＣ，１２００); NFKC maps each to its ASCII character. */
    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int FULL_WIDTH_SHIFT = 0xFEE0;

    /**
     * The characters of the Basic Multilingual Plane that NFKC leaves as they are, one by one (ASCII, the
     * unified ideographs, 。、《》 …): checked from a table instead of the normaliser, which is most of this
     * filter's cost on Chinese text. Built once, in a few milliseconds.
     */
    private static final BitSet STABLE = stableCharacters();

    private static final int STABLE_LIMIT = Character.MIN_SUPPLEMENTARY_CODE_POINT;

    private String folded;
    private int position;

    NfkcCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (folded == null) {
            folded = fold(readAll());
        }
        if (position >= folded.length()) {
            return -1;
        }
        int count = Math.min(length, folded.length() - position);
        folded.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    private String readAll() throws IOException {
        char[] text = new char[1024];
        int length = 0;
        for (int n = input.read(text, 0, text.length); n != -1; n = input.read(text, length, text.length - length)) {
            length += n;
            if (length == text.length) {
                text = Arrays.copyOf(text, text.length * 2);
            }
        }
        return new String(text, 0, length);
    }

    /**
     * Normalises code point by code point so that every length change can be recorded for offset correction;
     * positions inside an expansion ("…" to "...") map to the end of the original character, so no token can
     * end before it starts.
     */
    private String fold(String text) {
        if (isStable(text) || Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int cumulativeDiff = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int inputEnd = i + Character.charCount(codePoint);
            int outputStart = out.length();
            if (codePoint < STABLE_LIMIT && STABLE.get(codePoint)) {
                out.append((char) codePoint);
            } else if (codePoint >= FULL_WIDTH_FIRST && codePoint <= FULL_WIDTH_LAST) {
                out.append((char) (codePoint - FULL_WIDTH_SHIFT));
            } else {
                out.append(Normalizer.normalize(text.substring(i, inputEnd), Normalizer.Form.NFKC));
            }
            for (int k = outputStart + 1; k <= out.length(); k++) {
                if (inputEnd - k != cumulativeDiff) {
                    cumulativeDiff = inputEnd - k;
                    addOffCorrectMap(k, cumulativeDiff);
                }
            }
            i = inputEnd;
        }
        return out.toString();
    }

    private static BitSet stableCharacters() {
        BitSet stable = new BitSet(STABLE_LIMIT);
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            String one = String.valueOf(c);
            stable.set(c, Normalizer.normalize(one, Normalizer.Form.NFKC).equals(one));
        }
        for (int c = Character.MAX_SURROGATE + 1; c < STABLE_LIMIT; c++) {
            String one = String.valueOf((char) c);
            stable.set(c, Normalizer.normalize(one, Normalizer.Form.NFKC).equals(one));
        }
        return stable;
    }

    /** Whether NFKC leaves every character as it is: the common case, decided without the normaliser. */
    private static boolean isStable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!STABLE.get(c)) {
                return false;
            }
        }
        return true;
    }

}
