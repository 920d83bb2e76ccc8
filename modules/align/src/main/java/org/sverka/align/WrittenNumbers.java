package org.sverka.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * Apart, the words that say how many times ({@link #multipliers}: twice, «втрое»).
 * <pre>{@code
 * WrittenNumbers.of("в XV веке, в 4:40");   // {15=1, 440=1}
 * }</pre>
 */
final class WrittenNumbers {
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+(?:[ \u00a0\u202f]\\d{3}|[.,:]\\d+)*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    /** The values of Roman numerals' letters and subtractive pairs, largest first, for writing a value. */
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_LETTERS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private WrittenNumbers() {
    }

    /** A word that says how many times (twice, tripled, «трижды», «вдвое»), with the number it holds. */
    record Multiplier(String written, String value) {
    }

    /** The multiplying words and the numbers they hold, in the order of {@link #MULTIPLIER}'s groups. */
    private static final Pattern MULTIPLIER = Pattern.compile("(?<![\\p{L}-])(?:(twice|doubl(?:e|ed|es|ing)|дважды|вдвое|вдвойне|удво\\p{L}*)"
            + "|(thrice|tripl(?:e|ed|es|ing)|трижды|втрое|втройне|утро(?:и|ен)\\p{L}*)"
            + "|(quadrupl(?:e|ed|es|ing)|четырежды|вчетверо|учетвер\\p{L}*))(?![\\p{L}-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The words of a text that say how many times, as written, with the number each holds: "doubled" and
     * «вдвое» hold 2, "tripled" and «трижды» 3 (the analyser reads no number in them).
     * <pre>{@code
     * WrittenNumbers.multipliers("visited Pyongyang three times and twice Seoul");   // [twice=2]
     * }</pre>
     */
    static List<Multiplier> multipliers(String text) {
        List<Multiplier> out = new ArrayList<>();
        Matcher m = MULTIPLIER.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    out.add(new Multiplier(m.group(g), String.valueOf(g + 1)));
                }
            }
        }
        return out;
    }

    /**
     * @param text a sentence or passage
     * @return each number written in it, as a digit string, with how often it is written
     */
    static Map<String, Integer> of(String text) {
        Map<String, Integer> out = new HashMap<>();
        if (FlagScans.hasDigit(text)) {
            Matcher m = DIGIT_RUN.matcher(text);
            while (m.find()) {
                String run = m.group();
                out.merge(NumberFlags.digits(run), 1, Integer::sum);
                List<String> groups = groups(run);
                if (groups.size() > 1 && groups.get(0).length() >= 3) {
                    for (String g : groups) {
                        out.merge(NumberFlags.digits(g), 1, Integer::sum);   // a telephone number: 116 123 ~ 116, 123
                    }
                }
            }
        }
        romans(text).forEach((v, k) -> out.merge(v, k, Integer::sum));
        return out;
    }

    /**
     * @param text a sentence or passage
     * @return the values of the Roman numerals written in it, as digit strings, with how often each is written
     */
    static Map<String, Integer> romans(String text) {
        Map<String, Integer> out = new HashMap<>();
        Boolean russian = null;
        // a Roman numeral is a whole run of letters and numbers ([\p{L}\p{N}]) written with I, V, X, L, C, D and M only
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!letterOrNumber(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean roman = true;
            while (i < n && letterOrNumber(c = text.codePointAt(i))) {
                roman &= c < 128 && letterValue((char) c) > 0;
                i += Character.charCount(c);
            }
            if (!roman) {
                continue;
            }
            if (i - start < 2 && russian == null) {
                russian = CYRILLIC.matcher(text).find();
            }
            if (i - start >= 2 || russian) {
                long value = roman(text.substring(start, i));
                if (value > 0) {
                    out.merge(Long.toString(value), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** Whether a code point is a letter or a number ({@code [\p{L}\p{N}]}). */
    private static boolean letterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** A run of digits split at the spaces between its groups (what {@code split("[ \u00a0\u202f]")} gave). */
    private static List<String> groups(String run) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == ' ' || c == '\u00a0' || c == '\u202f') {
                out.add(run.substring(start, i));
                start = i + 1;
            }
        }
        out.add(run.substring(start));
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
