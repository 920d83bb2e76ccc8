package org.sverka.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A score written with a fixed number of decimals, as {@code String.format(Locale.ROOT, "%.3f", s)}
 * writes it (half up on the shortest decimal form of the double) at a fraction of its cost: a book's
 * TSV writes one per row, and the formatter's pattern parsing was half of the export's time.
 * <pre>{@code
 * ScoreText.of(0.12345, 3);   // "0.123"
 * ScoreText.of(0.9995, 3);    // "1.000"
 * }</pre>
 */
final class ScoreText {
    private ScoreText() {
    }

    /**
     * @param score    a finite score
     * @param decimals how many decimals, at least 0
     * @return the score rounded half up to that many decimals, every decimal written
     */
    static String of(double score, int decimals) {
        if (!Double.isFinite(score) || decimals < 0) {
            throw new IllegalArgumentException("score " + score + " with " + decimals + " decimals");
        }
        return BigDecimal.valueOf(score).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
