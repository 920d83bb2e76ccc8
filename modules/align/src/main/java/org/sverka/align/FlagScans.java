package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plain character scans that the flag checks run on every matched bead in place of regular
 * expressions, each giving exactly what the expression it replaces or guards gives: whether a text
 * writes a digit ({@code \d} with Unicode classes), whether it has a given word standing alone, a
 * word blanked out where it stands whole. A scan walks the text once and allocates nothing for the
 * words it skips, where a Unicode expression tests classes and look-behinds at every position.
 * <pre>{@code
 * FlagScans.hasDigit("5 miles");                                // true
 * FlagScans.hasWord("He did not go.", Set.of("not", "no"), 3);  // true
 * FlagScans.withoutWord("Kim and Kimberly", "Kim");              // "  and Kimberly"
 * FlagScans.letterRuns("U.S.-Russian talks");                    // [U, S, Russian, talks]
 * }</pre>
 */
final class FlagScans {
    private FlagScans() {
    }

    /**
     * @param text a text
     * @return whether it writes a decimal digit of any script (what {@code \d} matches with Unicode classes)
     */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * @param text a text
     * @return whether it writes a decimal digit right after a letter (HER2, A320), which every code
     *         with digits does
     */
    static boolean hasDigitAfterLetter(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (letter && Character.isDigit(c)) {
                return true;
            }
            letter = Character.isLetter(c);
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * Whether a text has one of the words (lower case) as a whole run of letters, compared in lower
     * case: a test that an expression such as {@code \bnot\b} can match at all.
     *
     * @param text    a text
     * @param words   words in lower case
     * @param longest the length of the longest of them
     * @return whether a run of letters of the text, lower-cased, is one of the words
     */
    static boolean hasWord(String text, Set<String> words, int longest) {
        return hasWord(text, words, longest, false);
    }

    /**
     * As {@link #hasWord(String, Set, int)}, with runs of letters and hyphens when {@code hyphens} is
     * true (what {@code (?<![\p{L}-])не(?![\p{L}-])} reads).
     */
    static boolean hasWord(String text, Set<String> words, int longest, boolean hyphens) {
        StringBuilder initials = new StringBuilder();
        words.forEach(w -> initials.append(w.charAt(0)));
        return hasWord(text, words, longest, hyphens, initials.toString());
    }

    /**
     * As {@link #hasWord(String, Set, int, boolean)}, looking only at runs whose first character,
     * in lower case, is one of {@code initials} (the words' first letters).
     */
    static boolean hasWord(String text, Set<String> words, int longest, boolean hyphens, String initials) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!(Character.isLetter(c) || hyphens && c == '-')) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n) {
                c = text.codePointAt(i);
                if (!(Character.isLetter(c) || hyphens && c == '-')) {
                    break;
                }
                i += Character.charCount(c);
            }
            if (i - start <= longest && initials.indexOf(Character.toLowerCase(text.charAt(start))) >= 0
                    && words.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with a word blanked out (replaced by one space) wherever it stands whole, not touching
     * a letter or a mark on either side: what {@code (?<![\p{L}\p{M}])WORD(?![\p{L}\p{M}])} replaced.
     *
     * @param text a text
     * @param word a non-empty word, matched as written
     * @return the text without the word
     */
    static String withoutWord(String text, String word) {
        int at = text.indexOf(word);
        if (at < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        while (at >= 0) {
            int end = at + word.length();
            boolean before = at > 0 && letterOrMark(text.codePointBefore(at));
            boolean after = end < text.length() && letterOrMark(text.codePointAt(end));
            if (!before && !after) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, at).append(' ');
                copied = end;
                at = text.indexOf(word, end);
            } else {
                at = text.indexOf(word, at + 1);
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * @param text a text
     * @return its whole runs of letters and marks ({@code [\p{L}\p{M}]+}), in order
     */
    static List<String> letterRuns(String text) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!letterOrMark(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && letterOrMark(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            runs.add(text.substring(start, i));
        }
        return runs;
    }

    /**
     * @param c a code point
     * @return whether it is a letter or a combining mark ({@code [\p{L}\p{M}]})
     */
    static boolean letterOrMark(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
