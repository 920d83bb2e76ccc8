package org.sverka.segment;

/**
 * The character classes the segmenter reads: sentence terminators, closing and opening
 * punctuation, dashes that open direct speech, bullets, line separators.
 */
final class Punctuation {
    private static final String TERMINATORS = ".!?…‼⁇⁈⁉。！？｡";
    private static final String STRONG = "!?‼⁇⁈⁉！？";
    private static final String UNSPACED = "。！？｡";
    private static final String CLOSERS = "»”\"'’)]}›";
    private static final String OPENERS = "«“\"'„‘([{‹";
    private static final String DASHES = "—–―‒";
    private static final String BULLETS = "•⁃▪◦‣●";

    private Punctuation() {
    }

    static boolean isTerminator(char c) {
        return TERMINATORS.indexOf(c) >= 0;
    }

    /** An exclamation or question mark: ends a sentence whatever the word before it. */
    static boolean isStrong(char c) {
        return STRONG.indexOf(c) >= 0;
    }

    /** A terminator of scripts written without spaces between sentences. */
    static boolean needsNoSpace(char c) {
        return UNSPACED.indexOf(c) >= 0;
    }

    static boolean isCloser(char c) {
        return CLOSERS.indexOf(c) >= 0;
    }

    /** A quotation mark that can only close a quotation. */
    static boolean isClosingQuote(char c) {
        return c == '»' || c == '”';
    }

    static boolean isOpener(char c) {
        return OPENERS.indexOf(c) >= 0;
    }

    static boolean isDash(char c) {
        return DASHES.indexOf(c) >= 0;
    }

    static boolean isBullet(char c) {
        return BULLETS.indexOf(c) >= 0;
    }

    static boolean isLineSeparator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
                || c == '\f';
    }

    /** White space that is not a line separator. */
    static boolean isSpace(char c) {
        return (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') && !isLineSeparator(c);
    }
}
