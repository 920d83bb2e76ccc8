package org.sverka.segment;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence ends at a {@link Candidate}, reading the token before it and the
 * word after it.
 *
 * <p>In order: punctuation alone (". Scientists say…", a stray "." after a sentence) is no
 * sentence; a speaker's label after it ("С.В.Лавров:") starts a new sentence; a dash after it
 * opens direct speech and so a new sentence, unless a closing quote stands before it («Уйдём!» —
 * сказал он); a lower-case word after it goes on with the sentence; after "!" or "?" and after an
 * ellipsis the sentence ends; a lone list marker ("1.", "a.") does not end anything; after a period
 * the abbreviation lists decide (a title never ends a sentence; "U.S." ends one only before a
 * typical opener; "т. д." and "etc." end one unless it would be only a few words long; "г." ends
 * one after a number); initials (С.В., J. R. R.) end a sentence only before a typical opener that
 * is not itself an initial; a number after a period starts a new sentence. A language label in an
 * open bracket ("(англ. Long Peace)") and a list number after a semicolon, a bracket or a quote
 * ("…; 2. В роли") end nothing.
 *
 * <p>Over 300 lines because the rules are read in order, one documented method a rule, and their order is the design: splitting them would hide it.
 */
final class BreakRules {
    private static final int SHORT_SENTENCE_WORDS = 3;
    private static final int LONGEST_MARKER = 16;
    private static final Pattern NUMBER_MARKER = Pattern.compile("\\d{1,2}\\.");
    private static final Pattern ROMAN = Pattern.compile("[IVXLCХ]+");
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.(?:-?\\p{Lu}\\.){0,3}");
    private static final Pattern SHORT_PIECE = Pattern.compile("\\p{L}{1,4}\\.");
    private static final Pattern LIST_MARKER = Pattern.compile(
            "[•⁃▪◦‣●*]?\\s*(?:\\d{1,3}|\\p{L}|[IVXLC]{1,5})\\.\\)?", Pattern.UNICODE_CHARACTER_CLASS);

    private final Abbreviations abbreviations;

    BreakRules(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    /**
     * @param s             one line of text
     * @param sentenceStart where the current sentence starts
     * @param c             the candidate, after {@code sentenceStart}
     * @return true when the sentence ends there
     */
    boolean breaks(String s, int sentenceStart, Candidate c) {
        if (c.type() == Candidate.Type.CERTAIN) {
            return true;
        }
        if (!hasWords(s, sentenceStart, c.terminator())) {
            return false;
        }
        int next = c.next();
        if (strayTerminator(s, next)) {
            return false;
        }
        if (SpeakerLabels.end(s, next) > 0) {
            return true;
        }
        int termEnd = c.terminator();
        while (termEnd < s.length() && Punctuation.isTerminator(s.charAt(termEnd))) {
            termEnd++;
        }
        if (opensDirectSpeech(s, next)) {
            return !hasQuote(s, termEnd, c.end());
        }
        int first = s.codePointAt(next);
        if (Character.isLowerCase(first) || first == ':' || first == ';' || first == ',') {
            return false;
        }
        boolean strong = false;
        boolean ellipsis = termEnd - c.terminator() > 1;
        for (int i = c.terminator(); i < termEnd; i++) {
            char t = s.charAt(i);
            strong |= Punctuation.isStrong(t);
            ellipsis |= t == '…';
        }
        if (strong || ellipsis || s.charAt(c.terminator()) != '.') {
            return true;
        }
        if (c.end() - sentenceStart <= LONGEST_MARKER
                && LIST_MARKER.matcher(s.substring(sentenceStart, c.end()).strip()).matches()) {
            return false;
        }
        if (c.end() > termEnd) {
            return true;
        }
        return breaksAfterPeriod(s, sentenceStart, termEnd, next);
    }

    /** A single ".", "!" or "?" standing apart ("1 660 га. . Оценка"), not an ellipsis opening a sentence. */
    private static boolean strayTerminator(String s, int at) {
        char c = s.charAt(at);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int after = at + 1;
        return after >= s.length() || Character.isWhitespace(s.charAt(after)) || Punctuation.isCloser(s.charAt(after));
    }

    /** Whether {@code [from, to)} holds a letter or a digit: punctuation alone is no sentence. */
    private static boolean hasWords(String s, int from, int to) {
        if (to - from > LONGEST_MARKER * 4) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean breaksAfterPeriod(String s, int sentenceStart, int termEnd, int next) {
        int tokenStart = tokenStart(s, sentenceStart, termEnd);
        String token = s.substring(tokenStart, termEnd);
        String merged = mergedPieces(s, sentenceStart, tokenStart, token);
        if (!merged.equals(token) && known(merged)) {
            token = merged;
        }
        if (matches(abbreviations.beforeNames(), token)) {
            return false;
        }
        if (tokenStart > sentenceStart && s.charAt(tokenStart - 1) == '(' && Character.isLowerCase(token.charAt(0))
                && token.indexOf(')') < 0) {
            return false;
        }
        if (NUMBER_MARKER.matcher(token).matches() && afterPunctuation(s, sentenceStart, tokenStart)) {
            return false;
        }
        boolean afterNumber = matches(abbreviations.afterNumbers(), token);
        if (Character.isDigit(s.charAt(next))) {
            return !afterNumber;
        }
        if ((afterNumber || matches(abbreviations.endings(), token)) && s.charAt(next) == '('
                && next + 1 < s.length() && Character.isLowerCase(s.charAt(next + 1))) {
            return false;
        }
        int words = words(s, sentenceStart, termEnd);
        String nextWord = nextWord(s, next);
        if (matches(abbreviations.usuallyInside(), token)) {
            if (isInitialAt(s, next)) {
                return false;
            }
            boolean opener = abbreviations.openers().contains(nextWord)
                    || isTime(token) && matches(abbreviations.beforeNames(), nextToken(s, next));
            return opener && words > SHORT_SENTENCE_WORDS;
        }
        if (afterNumber) {
            return previousTokenIsNumber(s, sentenceStart, tokenStart) && words > SHORT_SENTENCE_WORDS;
        }
        if (matches(abbreviations.endings(), token)) {
            return true;
        }
        if (INITIALS.matcher(token).matches() && !pronounI(s, sentenceStart, tokenStart, token)) {
            if (isInitialAt(s, next)) {
                return false;
            }
            return abbreviations.openers().contains(nextWord);
        }
        return true;
    }

    /** "a.m." or "p.m.": after a time, a title ("6 p.m. Mr. Smith") starts a new sentence. */
    private static boolean isTime(String token) {
        return token.equalsIgnoreCase("a.m.") || token.equalsIgnoreCase("p.m.");
    }

    private boolean known(String token) {
        return matches(abbreviations.beforeNames(), token) || matches(abbreviations.usuallyInside(), token)
                || matches(abbreviations.endings(), token) || matches(abbreviations.afterNumbers(), token);
    }

    /** A number with a period after a bracket, a semicolon or a quote is a list marker: "…; 2. В роли". */
    private static boolean afterPunctuation(String s, int sentenceStart, int tokenStart) {
        int p = tokenStart - 1;
        while (p >= sentenceStart && Character.isWhitespace(s.charAt(p))) {
            p--;
        }
        if (p < sentenceStart) {
            return false;
        }
        char c = s.charAt(p);
        return c == ';' || c == ')' || c == '»' || c == '"';
    }

    /** "I." after a lower-case word is the English pronoun ending a sentence, not an initial. */
    private boolean pronounI(String s, int sentenceStart, int tokenStart, String token) {
        if (!token.equals("I.") || !abbreviations.openers().contains("I")) {
            return false;
        }
        int[] previous = previousToken(s, sentenceStart, tokenStart);
        return previous[1] > previous[0] && Character.isLowerCase(s.codePointAt(previous[0]));
    }

    private static boolean isInitialAt(String s, int at) {
        int i = at;
        while (i < s.length() && Punctuation.isOpener(s.charAt(i))) {
            i++;
        }
        return i + 1 < s.length() && Character.isUpperCase(s.charAt(i)) && s.charAt(i + 1) == '.';
    }

    static boolean opensDirectSpeech(String s, int at) {
        if (at >= s.length()) {
            return false;
        }
        char c = s.charAt(at);
        if (Punctuation.isDash(c)) {
            return true;
        }
        return c == '-' && at + 1 < s.length() && (s.charAt(at + 1) == '-' || Character.isWhitespace(s.charAt(at + 1)));
    }

    private static boolean hasQuote(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '»' || c == '”' || c == '"' || c == '“' || c == '’' || c == '\'') {
                return true;
            }
        }
        return false;
    }

    /** Whether the token or its form with a lower-case first letter is in the set. */
    static boolean matches(java.util.Set<String> set, String token) {
        if (token.isEmpty() || set.isEmpty()) {
            return false;
        }
        if (set.contains(token)) {
            return true;
        }
        if (token.length() == 2 && Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        String lower = token.substring(0, 1).toLowerCase(Locale.ROOT) + token.substring(1);
        if (set.contains(lower)) {
            return true;
        }
        String capital = token.substring(0, 1).toUpperCase(Locale.ROOT) + token.substring(1);
        return set.contains(capital) || set.contains(token.toLowerCase(Locale.ROOT));
    }

    private static int tokenStart(String s, int sentenceStart, int end) {
        int p = end;
        while (p > sentenceStart && !Character.isWhitespace(s.charAt(p - 1))) {
            p--;
        }
        while (p < end && Punctuation.isOpener(s.charAt(p))) {
            p++;
        }
        return p;
    }

    /** "т. д." read as "т.д.": up to three short pieces with periods, separated by single spaces. */
    private static String mergedPieces(String s, int sentenceStart, int tokenStart, String token) {
        if (!SHORT_PIECE.matcher(token).matches()) {
            return token;
        }
        String merged = token;
        int start = tokenStart;
        for (int k = 0; k < 2; k++) {
            if (start - 1 <= sentenceStart || s.charAt(start - 1) != ' ') {
                break;
            }
            int p = tokenStart(s, sentenceStart, start - 1);
            String piece = s.substring(p, start - 1);
            if (!SHORT_PIECE.matcher(piece).matches() || !Character.isLowerCase(piece.charAt(0))) {
                break;
            }
            merged = piece + merged;
            start = p;
        }
        return merged;
    }

    /** The number of words in {@code [from, to)}, counted up to one more than a short sentence has. */
    private static int words(String s, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < to && count <= SHORT_SENTENCE_WORDS; i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    private static boolean previousTokenIsNumber(String s, int sentenceStart, int tokenStart) {
        int[] previous = previousToken(s, sentenceStart, tokenStart);
        for (int i = previous[0]; i < previous[1]; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return previous[1] > previous[0] && ROMAN.matcher(s.substring(previous[0], previous[1])).matches();
    }

    /** The start and end of the token before {@code tokenStart} within its sentence; empty (start = end) when there is none. */
    private static int[] previousToken(String s, int sentenceStart, int tokenStart) {
        int p = tokenStart - 1;
        while (p >= sentenceStart && Character.isWhitespace(s.charAt(p))) {
            p--;
        }
        int end = p + 1;
        while (p >= sentenceStart && !Character.isWhitespace(s.charAt(p))) {
            p--;
        }
        return new int[] {p + 1, end};
    }

    private static String nextWord(String s, int at) {
        int i = at;
        while (i < s.length() && Punctuation.isOpener(s.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
            j++;
        }
        return s.substring(i, j);
    }

    private static String nextToken(String s, int at) {
        int j = at;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        return s.substring(at, j);
    }
}
