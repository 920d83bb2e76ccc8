package org.sverka.align.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the numbers and dates of the two sides agree: the Dice overlap of the two multisets of
 * normalized values, in [0, 1]; 0 when neither side has a number. {@link #mismatch()} gives the
 * companion signal: the share of values found on one side only.
 */
public final class NumberAgreement implements Signal {
    private final boolean mismatch;

    private NumberAgreement(boolean mismatch) {
        this.mismatch = mismatch;
    }

    /** @return the Dice overlap signal */
    public static NumberAgreement overlap() {
        return new NumberAgreement(false);
    }

    /** @return the share of values on one side only, 0 when neither side has a number */
    public static NumberAgreement mismatch() {
        return new NumberAgreement(true);
    }

    @Override
    public String name() {
        return mismatch ? "numbers_differ" : "numbers_agree";
    }

    @Override
    public double value(Span english, Span russian) {
        int total = english.numbers().size() + russian.numbers().size();
        if (total == 0) {
            return 0.0;
        }
        if (english.numbers().isEmpty() || russian.numbers().isEmpty()) {
            return mismatch ? 1.0 : 0.0;   // nothing in common, without counting
        }
        double dice = 2.0 * common(english.numbers(), russian.numbers()) / total;
        return mismatch ? 1.0 - dice : dice;
    }

    /**
     * The size of the multiset intersection of two lists of values. Lists of a sentence or a bead hold
     * a few numbers, so each value of {@code b} takes the first equal value of {@code a} not taken yet,
     * marked in the bits of a long: no map and no boxed count a pair (this is computed for every pair
     * scored). Longer lists count through a map.
     */
    static int common(List<String> a, List<String> b) {
        if (a.size() > Long.SIZE) {
            return commonByMap(a, b);
        }
        long taken = 0;
        int c = 0;
        for (int y = 0; y < b.size(); y++) {
            String x = b.get(y);
            for (int k = 0; k < a.size(); k++) {
                if ((taken & 1L << k) == 0 && a.get(k).equals(x)) {
                    taken |= 1L << k;
                    c++;
                    break;
                }
            }
        }
        return c;
    }

    /** {@link #common} by counting the values of {@code a} in a map. */
    static int commonByMap(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(x -> counts.merge(x, 1, Integer::sum));
        int c = 0;
        for (String x : b) {
            Integer n = counts.get(x);
            if (n != null && n > 0) {
                c++;
                counts.put(x, n - 1);
            }
        }
        return c;
    }
}
