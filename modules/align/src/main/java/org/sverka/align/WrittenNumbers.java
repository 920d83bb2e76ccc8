package org.sverka.align;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
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

    /** ICU's Roman numerals; a formatter is not thread-safe and costly to make, so one per thread. */
    private static final ThreadLocal<RuleBasedNumberFormat> ROMAN_FORMAT = ThreadLocal.withInitial(() -> {
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(ULocale.ROOT, RuleBasedNumberFormat.NUMBERING_SYSTEM);
        f.setDefaultRuleSet("%roman-upper");
        return f;
    });

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

    /** The value of a well-formed Roman numeral (ICU's rules, checked by writing the value back), or 0. */
    static long roman(String numeral) {
        RuleBasedNumberFormat f = ROMAN_FORMAT.get();
        Number n = f.parse(numeral, new ParsePosition(0));
        if (n == null || n.longValue() <= 0 || !f.format(n.longValue()).equals(numeral)) {
            return 0;
        }
        return n.longValue();
    }
}
