package org.jiebang.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Folds text to Unicode NFKC (full-width ＳｉＣ to SiC, １２００Ｖ to 1200V, ㎡ to m2) while keeping offsets
 * pointing into the original text, so highlighting still marks the characters the user wrote.
 *
 * <p>Lucene's ICU module would do this too, but it is not a dependency; the JDK normaliser is enough
 * because profile fields are short enough to be normalised in one piece.
 */
final class NfkcCharFilter extends BaseCharFilter {

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
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[4096];
        for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
            text.append(chunk, 0, n);
        }
        return text.toString();
    }

    /**
     * Normalises code point by code point so that every length change can be recorded for offset correction;
     * positions inside an expansion ("…" to "...") map to the end of the original character, so no token can
     * end before it starts.
     */
    private String fold(String text) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int cumulativeDiff = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int inputEnd = i + Character.charCount(codePoint);
            int outputStart = out.length();
            if (codePoint < 0x80) {
                out.append((char) codePoint);
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
}
