package org.sverka.align.model;

import java.util.Locale;

/**
 * Turns a match's log-odds into the score a reviewer sees, so that the score means what it says
 * on reports as they are: {@code probability = 1 / (1 + exp(-(scale · logit + shift)))}, fitted by
 * logistic regression on the matches an aligner makes in hard report tasks, each labelled right or
 * wrong against the gold (tasks of a seed other than the evaluation's). At 0.5 a match is as likely
 * right as wrong.
 * <pre>{@code
 * ScoreCalibration c = ScoreCalibration.parse("0.8,0.9");
 * c.probability(0.0);   // 0.71
 * }</pre>
 *
 * @param scale the factor on the log-odds
 * @param shift added after scaling
 */
public record ScoreCalibration(double scale, double shift) {
    /** No change: the score is the model's probability. */
    public static final ScoreCalibration IDENTITY = new ScoreCalibration(1, 0);

    /** Scores over this are clipped before they are turned back into log-odds. */
    private static final double CLIP = 1e-12;

    /**
     * @param logit a match's log-odds
     * @return its calibrated score in [0, 1]
     */
    public double probability(double logit) {
        return 1 / (1 + Math.exp(-(scale * logit + shift)));
    }

    /**
     * @param modelProbability a score the model gave, {@code 1 / (1 + exp(-logit))}
     * @return the calibrated score for the same log-odds
     */
    public double recalibrate(double modelProbability) {
        double p = Math.min(1 - CLIP, Math.max(CLIP, modelProbability));
        return probability(Math.log(p / (1 - p)));
    }

    /**
     * Fits the calibration.
     *
     * @param logits the log-odds of matches
     * @param right  for each, whether it was right
     * @return the fitted calibration
     */
    public static ScoreCalibration fit(double[] logits, boolean[] right) {
        double[][] x = new double[logits.length][];
        int[] y = new int[logits.length];
        for (int i = 0; i < logits.length; i++) {
            // clipped: a few near-certain matches would otherwise dominate the gradient
            x[i] = new double[] {Math.max(-12, Math.min(12, logits[i]))};
            y[i] = right[i] ? 1 : 0;
        }
        double[] w = LogisticFit.fit(x, y, 4000, 0.0);
        return new ScoreCalibration(w[1], w[0]);
    }

    /**
     * @param text {@code scale,shift} as {@link #toString()} writes it
     * @return the calibration
     */
    public static ScoreCalibration parse(String text) {
        String[] p = text.split(",");
        if (p.length != 2) {
            throw new IllegalArgumentException("expected scale,shift: " + text);
        }
        return new ScoreCalibration(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.4f,%.4f", scale, shift);
    }
}
