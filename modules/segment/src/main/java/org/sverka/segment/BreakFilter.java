package org.sverka.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes sentence breaks that ICU's rules and abbreviation suppression leave in the wrong place.
 *
 * <p>A break is removed when the text after it goes on in lower case (direct speech after an
 * exclamation: «Уйдём!» — сказал он), after initials (С.В. Лавров, J. Kerry), after an
 * abbreviation that stands before names ({@link Abbreviations#beforeNames()}), after one that is
 * usually inside a sentence unless a sentence opener follows (U.S., p.m.), and after an
 * abbreviation that may end a sentence when the sentence would otherwise be only a few words
 * long. Tokens are compared whole, so "стр." does not match "министр.".
 */
final class BreakFilter {
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){1,3}");
    private static final Pattern LEADING = Pattern.compile("^[\\s\\p{Pd}]+");
    private static final String OPENING_PUNCTUATION = "«“\"'„‘([{";
    private static final int SHORT_SENTENCE_WORDS = 3;

    private final Abbreviations abbreviations;

    BreakFilter(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    /**
     * @param text       the text of one block
     * @param boundaries ICU's boundaries, ascending, starting at 0 and ending at the text length
     * @return the boundaries kept
     */
    List<Integer> filter(String text, List<Integer> boundaries) {
        List<Integer> kept = new ArrayList<>();
        kept.add(boundaries.get(0));
        for (int i = 1; i < boundaries.size() - 1; i++) {
            String before = text.substring(kept.get(kept.size() - 1), boundaries.get(i)).stripTrailing();
            String after = text.substring(boundaries.get(i), boundaries.get(i + 1));
            if (!joins(before, after)) {
                kept.add(boundaries.get(i));
            }
        }
        kept.add(boundaries.get(boundaries.size() - 1));
        return kept;
    }

    private boolean joins(String before, String after) {
        String next = LEADING.matcher(after).replaceFirst("");
        if (next.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(next.codePointAt(0))) {
            return true;
        }
        String last = lastToken(before);
        if (last.isEmpty() || !last.endsWith(".")) {
            return false;
        }
        if (abbreviations.beforeNames().contains(last) || abbreviations.beforeNames().contains(decapitalize(last))) {
            return true;
        }
        String nextWord = firstWord(next);
        if (abbreviations.usuallyInside().contains(last)) {
            return !abbreviations.openers().contains(nextWord);
        }
        if (abbreviations.afterNumbers().contains(last)) {
            return !previousTokenIsNumber(before) || before.split("\\s+").length <= SHORT_SENTENCE_WORDS;
        }
        if (abbreviations.endings().contains(last)) {
            return before.split("\\s+").length <= SHORT_SENTENCE_WORDS;
        }
        return INITIALS.matcher(last).matches() && Character.isLetter(next.codePointAt(0))
                && !abbreviations.openers().contains(nextWord);
    }

    private static boolean previousTokenIsNumber(String before) {
        String[] tokens = before.split("\\s+");
        return tokens.length >= 2 && tokens[tokens.length - 2].chars().anyMatch(Character::isDigit);
    }

    private static String decapitalize(String token) {
        return token.isEmpty() ? token : token.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + token.substring(1);
    }

    private static String lastToken(String before) {
        int space = before.lastIndexOf(' ');
        String token = before.substring(space + 1);
        int i = 0;
        while (i < token.length() && OPENING_PUNCTUATION.indexOf(token.charAt(i)) >= 0) {
            i++;
        }
        return token.substring(i);
    }

    private static String firstWord(String next) {
        int i = 0;
        while (i < next.length() && OPENING_PUNCTUATION.indexOf(next.charAt(i)) >= 0) {
            i++;
        }
        int j = i;
        while (j < next.length() && Character.isLetter(next.charAt(j))) {
            j++;
        }
        return next.substring(i, j);
    }
}
