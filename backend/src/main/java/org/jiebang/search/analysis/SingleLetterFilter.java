package org.jiebang.search.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Drops one-letter Latin tokens while keeping single Chinese characters (硅, 光) and digits. */
final class SingleLetterFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SingleLetterFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        if (term.length() != 1) {
            return true;
        }
        char c = term.charAt(0);
        return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }
}
