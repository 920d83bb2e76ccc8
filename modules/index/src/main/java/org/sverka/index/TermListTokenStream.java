package org.sverka.index;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The caller's terms fed to Lucene as they are, one token each, in order: the index does no
 * analysis of its own. Empty terms and terms over {@link #MAX_TERM_LENGTH} characters are skipped.
 */
final class TermListTokenStream extends TokenStream {
    /** Longer terms are not words; they are skipped (Lucene refuses terms over 32,766 bytes). */
    static final int MAX_TERM_LENGTH = 200;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final List<String> terms;
    private int next;

    /** @param terms the tokens, in order */
    TermListTokenStream(List<String> terms) {
        this.terms = terms;
    }

    @Override
    public boolean incrementToken() {
        while (next < terms.size()) {
            String t = terms.get(next++);
            if (usable(t)) {
                clearAttributes();
                term.setEmpty().append(t);
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }

    /** @return whether a term is indexed (and therefore worth searching) */
    static boolean usable(String t) {
        return !t.isEmpty() && t.length() <= MAX_TERM_LENGTH;
    }
}
