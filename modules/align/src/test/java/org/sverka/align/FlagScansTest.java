package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scans the flags run in place of Unicode expressions give what the expressions gave, on news
 * sentences and on the edges (a word inside a longer one, a combining mark, a hyphen, digits of
 * another script).
 */
class FlagScansTest {
    private static final List<String> TEXTS = List.of(
            "Kim Jong Un met Kim's envoy in Kimchaek; Kim left.",
            "Лавров и Керри обсудили ситуацию в Сирии, — заявил Лавров.",
            "Café Kim\u0301 and Kim\u00e9 are not Kim.",
            "The U.S. and the U.S.A. sent 1,000 troops to Kim-Il-sung Square.",
            "Он не-то сказал, но НЕ сделал; ни один из них не пришёл.",
            "Price: \u0663\u0664 dinars, HER2 and A320 flights.",
            "");

    @Test
    void aWordIsBlankedOutWhereTheExpressionBlankedItOut() {
        for (String text : TEXTS) {
            for (String word : List.of("Kim", "Лавров", "U.S", "не", "A320", "Kim-Il-sung")) {
                String regex = Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(word) + "(?![\\p{L}\\p{M}])",
                        Pattern.UNICODE_CHARACTER_CLASS).matcher(text).replaceAll(" ");
                assertEquals(regex, FlagScans.withoutWord(text, word), text + " / " + word);
            }
        }
        // an apostrophe ends a word: Kim's loses its Kim; Kimchaek keeps it
        assertEquals("  Jong Un met  's envoy in Kimchaek;   left.", FlagScans.withoutWord(TEXTS.get(0), "Kim"));
    }

    @Test
    void letterRunsAreTheMatchesOfTheLetterAndMarkExpression() {
        Pattern run = Pattern.compile("[\\p{L}\\p{M}]+");
        for (String text : TEXTS) {
            List<String> expected = new ArrayList<>();
            Matcher m = run.matcher(text);
            while (m.find()) {
                expected.add(m.group());
            }
            assertEquals(expected, FlagScans.letterRuns(text), text);
        }
        assertEquals(List.of("U", "S", "Russian", "talks"), FlagScans.letterRuns("U.S.-Russian talks"));
        assertEquals(List.of("Kim\u0301"), FlagScans.letterRuns(" Kim\u0301 "));
    }

    @Test
    void digitsAreFoundInEveryScriptAsTheExpressionFindsThem() {
        Pattern digit = Pattern.compile("\\d", Pattern.UNICODE_CHARACTER_CLASS);
        for (String text : TEXTS) {
            assertEquals(digit.matcher(text).find(), FlagScans.hasDigit(text), text);
        }
        assertTrue(FlagScans.hasDigit("\u0663"));   // an Arabic-Indic three
        assertFalse(FlagScans.hasDigit("no digits here"));
        assertTrue(FlagScans.hasDigitAfterLetter("HER2 receptor"));
        assertFalse(FlagScans.hasDigitAfterLetter("2 HER receptors"));
    }

    @Test
    void aNegationWordIsFoundWhereverTheExpressionCouldMatch() {
        Set<String> russian = Set.of("не", "ни", "нет");
        Pattern expression = Pattern.compile("(?<![\\p{L}-])(не|ни|нет)(?![\\p{L}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        for (String text : TEXTS) {
            assertEquals(expression.matcher(text).find(), FlagScans.hasWord(text, russian, 3, true), text);
        }
        assertTrue(FlagScans.hasWord("He did NOT go.", Set.of("not"), 3));
        assertFalse(FlagScans.hasWord("Nothing is notable.", Set.of("not"), 3));
        assertFalse(FlagScans.hasWord("не-то", russian, 3, true));   // «не» inside a hyphenated word
    }
}
