package org.sverka.align.model;

/**
 * Gale–Church length agreement: the log of the two-sided probability that a translation would
 * differ in length as much as these spans do, with Russian expected to be {@code ratio} times as
 * long as English in characters and the variance of the 1993 paper. Values are at most 0.
 */
public final class LengthAgreement implements Signal {
    /** Russian characters per English character in news text (measured on the training pairs). */
    public static final double DEFAULT_RATIO = 1.12;
    private static final double VARIANCE = 6.8;
    private static final double FLOOR = Math.log(1e-6);

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
        double mean = (en + ru / ratio) / 2.0;
        double delta = (ru / ratio - en) / Math.sqrt(mean * VARIANCE);
        double p = 2 * (1 - normalCdf(Math.abs(delta)));
        return Math.max(FLOOR, Math.log(Math.max(p, 1e-12)));
    }

    /** Standard normal CDF (Abramowitz and Stegun 26.2.17). */
    static double normalCdf(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double d = 0.3989423 * Math.exp(-z * z / 2);
        double p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
        return z > 0 ? 1 - p : p;
    }
}
