package org.sverka.pipeline.eval;

import java.util.Arrays;
import java.util.Locale;

/**
 * Timings of repeated operations in milliseconds, summarised as median, 95th percentile (nearest
 * rank) and maximum.
 * <pre>{@code
 * Latencies wall = new Latencies();
 * wall.add(12.5);
 * String line = wall.summary();   // "median 12.5 ms, p95 12.5 ms, max 12.5 ms"
 * }</pre>
 */
final class Latencies {
    private double[] values = new double[16];
    private int size;

    /**
     * @param millis one operation's time in milliseconds, not negative
     */
    void add(double millis) {
        if (!(millis >= 0)) {
            throw new IllegalArgumentException("a time of " + millis + " ms");
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
    }

    /** @return how many times were added */
    int size() {
        return size;
    }

    /**
     * @param q a quantile in (0, 1]
     * @return the nearest-rank quantile: the smallest time that at least {@code q} of the times do not exceed
     */
    double quantile(double q) {
        if (size == 0 || !(q > 0 && q <= 1)) {
            throw new IllegalStateException("quantile " + q + " of " + size + " times");
        }
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(q * size) - 1];
    }

    /** @return "median M ms, p95 P ms, max X ms" */
    String summary() {
        return String.format(Locale.ROOT, "median %.0f ms, p95 %.0f ms, max %.0f ms", quantile(0.5), quantile(0.95),
                quantile(1));
    }
}
