package org.sverka.align.model;

/**
 * Fits logistic regression weights by gradient descent with a small L2 penalty: how the default
 * similarity model was calibrated on held-out sentence pairs.
 */
public final class LogisticFit {
    private LogisticFit() {
    }

    /**
     * @param x          feature rows
     * @param y          labels, 1 for a true translation pair, 0 otherwise
     * @param iterations rounds of full-batch gradient descent
     * @param l2         penalty on the weights (not the bias)
     * @return bias first, then one weight per feature
     */
    public static double[] fit(double[][] x, int[] y, int iterations, double l2) {
        int d = x[0].length;
        double[] w = new double[d + 1];
        double rate = 0.5;
        for (int it = 0; it < iterations; it++) {
            double[] grad = new double[d + 1];
            for (int i = 0; i < x.length; i++) {
                double z = w[0];
                for (int k = 0; k < d; k++) {
                    z += w[k + 1] * x[i][k];
                }
                double err = 1 / (1 + Math.exp(-z)) - y[i];
                grad[0] += err;
                for (int k = 0; k < d; k++) {
                    grad[k + 1] += err * x[i][k];
                }
            }
            for (int k = 0; k <= d; k++) {
                double g = grad[k] / x.length + (k > 0 ? l2 * w[k] : 0);
                w[k] -= rate * g;
            }
        }
        return w;
    }
}
