package org.sverka.align.model;

/**
 * Length agreement: minus the absolute log of the ratio of the Russian length to the expected
 * one ({@code ratio} times the English length, in characters). 0 for the expected length,
 * about -0.7 for twice or half of it; at most 0.
 *
 * <p>Gale and Church's probability of the length difference (used by {@code LengthAligner})
 * was tried here first: its variance, fitted to parliamentary proceedings, punishes the free
 * translations of news so hard that true pairs of long sentences scored as mismatches. The
 * plain log ratio, weighted by calibration, does not.
 */
public final class LengthAgreement implements Signal {
    /** Russian characters per English character in news text (measured on the training pairs). */
    public static final double DEFAULT_RATIO = 1.12;
    private static final double FLOOR = -3.0;

    private final double ratio;

    /** @param ratio expected Russian length per English character */
    public LengthAgreement(double ratio) {
        this.ratio = ratio;
    }

    @Override
    public String name() {
        return "length";
    }

    @Override
    public double value(Span english, Span russian) {
        int en = english.chars();
        int ru = russian.chars();
        if (en == 0 || ru == 0) {
            return FLOOR;
        }
        return Math.max(FLOOR, -Math.abs(Math.log((double) ru / (ratio * en))));
    }
}
