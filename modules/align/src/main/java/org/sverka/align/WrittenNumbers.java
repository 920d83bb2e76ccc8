package org.sverka.align;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text writes, as digit strings with their counts, for deciding whether a number of
 * the other side is there at all: runs of digits with their separators taken out ({@code 1 000},
 * {@code 1,000} and {@code 4:40} give {@code 1000}, {@code 1000} and {@code 440}), and Roman
 * numerals of two letters or more, or of one letter in Russian text where Latin capitals standing
 * alone are numerals ({@code XV} gives {@code 15}: «в XV веке» ~ "in the 15th century"). A run of
 * groups whose first group has three digits or more is a telephone number: each group counts too.
 * <pre>{@code
 * WrittenNumbers.of("в XV веке, в 4:40");   // {15=1, 440=1}
 * }</pre>
 */
final class WrittenNumbers {
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+(?:[ \u00a0\u202f]\\d{3}|[.,:]\\d+)*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ROMAN = Pattern.compile("(?<![\\p{L}\\p{N}])[IVXLCDM]+(?![\\p{L}\\p{N}])", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    /** The values of Roman numerals' letters and subtractive pairs, largest first, for writing a value. */
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_LETTERS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private WrittenNumbers() {
    }

    /**
     * @param text a sentence or passage
     * @return each number written in it, as a digit string, with how often it is written
     */
    static Map<String, Integer> of(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            out.merge(m.group().replaceAll("[^0-9]", ""), 1, Integer::sum);
            String[] groups = m.group().split("[ \u00a0\u202f]");
            if (groups.length > 1 && groups[0].length() >= 3) {
                for (String g : groups) {
                    out.merge(g.replaceAll("[^0-9]", ""), 1, Integer::sum);   // a telephone number: 116 123 ~ 116, 123
                }
            }
        }
        boolean russian = CYRILLIC.matcher(text).find();
        Matcher r = ROMAN.matcher(text);
        while (r.find()) {
            if (r.group().length() >= 2 || russian) {
                long value = roman(r.group());
                if (value > 0) {
                    out.merge(Long.toString(value), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /**
     * The value of a well-formed Roman numeral, or 0: the letters are read with subtraction, and the
     * numeral counts only when writing that value back gives it letter for letter (so IIII, IM and
     * VX are not numerals). Values run from 1 to 3,999, as ICU's {@code %roman-upper} writes them in
     * ASCII letters; a test compares every value with ICU's. Written here because making ICU's
     * formatter loaded some 300 classes, a tenth of a second of a run's start-up.
     */
    static long roman(String numeral) {
        if (numeral.isEmpty() || numeral.length() > 15) {
            return 0;
        }
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = letterValue(numeral.charAt(i));
            int next = i + 1 < numeral.length() ? letterValue(numeral.charAt(i + 1)) : 0;
            if (v == 0) {
                return 0;
            }
            total += v < next ? -v : v;
        }
        return total > 0 && total < 4000 && romanOf(total).equals(numeral) ? total : 0;
    }

    /** A value from 1 to 3,999 as a Roman numeral. */
    static String romanOf(int value) {
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN_LETTERS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    private static int letterValue(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> 0;
        };
    }
}
