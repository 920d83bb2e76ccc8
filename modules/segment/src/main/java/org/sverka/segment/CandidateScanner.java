package org.sverka.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the places where a sentence may end in one line of text: a run of terminators
 * ({@code . ! ? …}, also "?!", "...") with the closing quotes and brackets after it, followed by
 * white space. A terminator inside a token ("example.com", "Jr.'s", "mean...see") is no candidate.
 * An omission mark in brackets ("[...]") is no terminator. Spaced ellipses (". . .") are read as
 * the Chicago Manual of Style writes them: after a word they go on with the sentence; four dots are
 * a period and an ellipsis; a period with an ellipsis after it opens the next sentence with the
 * ellipsis.
 */
final class CandidateScanner {
    private CandidateScanner() {
    }

    static List<Candidate> scan(String s) {
        List<Candidate> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!Punctuation.isTerminator(c)) {
                i++;
                continue;
            }
            if (c == '.' && spacedDots(s, i) >= 3) {
                i = spacedEllipsis(s, i, out);
                continue;
            }
            int j = i;
            while (j < n && Punctuation.isTerminator(s.charAt(j))) {
                j++;
            }
            if (i > 0 && (s.charAt(i - 1) == '[' || s.charAt(i - 1) == '(') && j < n
                    && (s.charAt(j) == ']' || s.charAt(j) == ')')) {
                i = j + 1;
                continue;
            }
            int end = closersAfter(s, j);
            int next = skipSpaces(s, end);
            boolean spaced = next > end;
            if (next < n && (spaced || Punctuation.needsNoSpace(s.charAt(j - 1)))) {
                out.add(new Candidate(i, end, next, Candidate.Type.TERMINATOR));
            }
            i = Math.max(end, j);
        }
        return out;
    }

    /** The end of the closing punctuation after terminators, with a closing quote set off by a space. */
    static int closersAfter(String s, int from) {
        int j = from;
        int n = s.length();
        while (true) {
            while (j < n && Punctuation.isCloser(s.charAt(j))) {
                j++;
            }
            int k = skipSpaces(s, j);
            if (k > j && k < n && Punctuation.isClosingQuote(s.charAt(k))) {
                j = k;
                continue;
            }
            return j;
        }
    }

    static int skipSpaces(String s, int from) {
        int j = from;
        while (j < s.length() && Punctuation.isSpace(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /** The number of dots in a run ". . ." starting at {@code i}, 1 when there is none. */
    private static int spacedDots(String s, int i) {
        int dots = 1;
        int p = i;
        while (p + 2 < s.length() && s.charAt(p + 1) == ' ' && s.charAt(p + 2) == '.') {
            p += 2;
            dots++;
        }
        return dots;
    }

    private static int spacedEllipsis(String s, int i, List<Candidate> out) {
        int dots = spacedDots(s, i);
        int runEnd = i + 2 * (dots - 1) + 1;
        boolean attached = i > 0 && !Character.isWhitespace(s.charAt(i - 1));
        int lone = attached ? dots - 1 : dots;
        int end = closersAfter(s, runEnd);
        int next = skipSpaces(s, end);
        boolean capitalAfter = next < s.length() && next > end && opensSentence(s.charAt(next));
        if (attached && lone >= 3 && capitalAfter) {
            out.add(new Candidate(i, i + 1, i + 2, Candidate.Type.CERTAIN));
        } else if (!attached && lone >= 4 && capitalAfter) {
            out.add(new Candidate(i, end, next, Candidate.Type.CERTAIN));
        }
        return Math.max(end, runEnd);
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || Punctuation.isOpener(c) || Punctuation.isDash(c);
    }
}
