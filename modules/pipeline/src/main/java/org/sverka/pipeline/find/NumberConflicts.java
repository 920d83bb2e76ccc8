package org.sverka.pipeline.find;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the numbers on which a sentence and its rendering disagree, to tell apart documents that
 * differ in little but their numbers: the agendas of two meetings of one day ("To be held on
 * Thursday, 12 February 2015, at 10.47 a.m." against "… в 10 ч. 23 м."), the same table for two
 * years. Each side is read as the set of the whole numbers its digit runs write, leading zeros and
 * zeros dropped ("1,5 млн" and "1.5 million" both {1, 5}; "10.47 a.m." and "10 ч. 47 м." both
 * {10, 47}), an English clock time on the 12-hour clock moved to the 24-hour one ("3 p.m." {15}, as
 * "15 ч. 00 м."). The count is the size of the symmetric difference of the two sets: 0 when they
 * agree. Number words are left out: a sentence that writes "five" for "5" is not in conflict.
 * <pre>{@code
 * NumberConflicts.count("To be held at 3 p.m.", "в 15 ч. 00 м.");   // 0
 * NumberConflicts.count("at 10.47 a.m.", "в 10 ч. 23 м.");          // 2 (47 and 23)
 * }</pre>
 * Stateless and thread-safe.
 */
final class NumberConflicts {
    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\p{L}\\p{Nd}])(\\p{Nd}{1,2})(?:[.:](\\p{Nd}{2}))?\\s?([apAP])\\.?\\s?[mM]\\.?(?!\\p{L})");
    private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");

    private NumberConflicts() {
    }

    /**
     * @param english an English text
     * @param russian a Russian text
     * @return how many numbers one of them writes and the other does not
     */
    static int count(String english, String russian) {
        Set<Long> en = numbers(english, true);
        Set<Long> ru = numbers(russian, false);
        int conflicts = 0;
        for (Long n : en) {
            conflicts += ru.contains(n) ? 0 : 1;
        }
        for (Long n : ru) {
            conflicts += en.contains(n) ? 0 : 1;
        }
        return conflicts;
    }

    /**
     * @param text    a text
     * @param english whether it is English (whose 12-hour clock times are read)
     * @return the non-zero whole numbers it writes in digits
     */
    static Set<Long> numbers(String text, boolean english) {
        Set<Long> out = new HashSet<>();
        String rest = text;
        if (english) {
            Matcher m = CLOCK.matcher(text);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                long hour = value(m.group(1));
                boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
                if (hour >= 1 && hour <= 12) {
                    hour = pm ? (hour % 12) + 12 : hour % 12;
                }
                add(out, hour);
                if (m.group(2) != null) {
                    add(out, value(m.group(2)));
                }
                m.appendReplacement(b, " ");
            }
            m.appendTail(b);
            rest = b.toString();
        }
        Matcher d = DIGITS.matcher(rest);
        while (d.find()) {
            add(out, value(d.group()));
        }
        return out;
    }

    private static void add(Set<Long> numbers, long value) {
        if (value > 0) {
            numbers.add(value);
        }
    }

    /** The digits' value (any Unicode decimal digits), capped at 18 digits so that it fits a long. */
    private static long value(String digits) {
        long v = 0;
        int used = 0;
        for (int i = 0; i < digits.length() && used < 18; ) {
            int cp = digits.codePointAt(i);
            i += Character.charCount(cp);
            v = v * 10 + Character.digit(cp, 10);
            used += v == 0 ? 0 : 1;
        }
        return v;
    }
}
