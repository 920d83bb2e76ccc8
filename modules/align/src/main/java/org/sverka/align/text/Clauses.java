package org.sverka.align.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a sentence into two clauses at the comma nearest its middle: how agencies quote half a
 * sentence or swap its clauses, used to build such quotes for evaluation and calibration.
 * <pre>{@code
 * Clauses.halves("Lavrov arrived in Geneva today, where he met his counterpart for talks.");
 * // ["Lavrov arrived in Geneva today", "where he met his counterpart for talks."]
 * }</pre>
 */
public final class Clauses {
    private static final Pattern BREAK = Pattern.compile(", ");

    private Clauses() {
    }

    /**
     * @param sentence a sentence
     * @return its two halves at the comma nearest the middle, each of four words or more; null when there is none
     */
    public static String[] halves(String sentence) {
        Matcher m = BREAK.matcher(sentence);
        int best = -1;
        int middle = sentence.length() / 2;
        while (m.find()) {
            if (best < 0 || Math.abs(m.start() - middle) < Math.abs(best - middle)) {
                best = m.start();
            }
        }
        if (best < 0) {
            return null;
        }
        String a = sentence.substring(0, best).strip();
        String b = sentence.substring(best + 2).strip();
        if (a.split("\\s+").length < 4 || b.split("\\s+").length < 4) {
            return null;
        }
        return new String[] {a, b};
    }

    /**
     * @param clause a clause
     * @return it as a sentence: capital first, a full stop at the end unless it ends in one already
     */
    public static String asSentence(String clause) {
        String c = clause.strip();
        if (c.isEmpty()) {
            return c;
        }
        c = c.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + c.substring(1);
        return c.matches("(?s).*[.!?\"”»]$") ? c : c + ".";
    }

    /**
     * @param sentence a sentence with two halves
     * @return the halves swapped ("B, A."), or null when it has none
     */
    public static String swapped(String sentence) {
        String[] h = halves(sentence);
        if (h == null) {
            return null;
        }
        String end = sentence.matches("(?s).*[.!?]$") ? sentence.substring(sentence.length() - 1) : ".";
        return asSentence(h[1]).replaceAll("[.!?]+$", "") + ", " + h[0] + end;
    }
}
