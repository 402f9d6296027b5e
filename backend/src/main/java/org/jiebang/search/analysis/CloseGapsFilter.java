package org.jiebang.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Closes the holes stop words leave, so word pairs form across them instead of pairing with a filler. */
final class CloseGapsFilter extends TokenFilter {

    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    CloseGapsFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (increment.getPositionIncrement() > 1) {
            increment.setPositionIncrement(1);
        }
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        // Trailing stop words leave a final hole too; left open, shingles would pair the last word with "_".
        increment.setPositionIncrement(0);
    }
}
