package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Scores are written exactly as the formatter wrote them, halves and ends included. */
class ScoreTextTest {
    @Test
    void writesWhatTheFormatterWrites() {
        double[] edges = {0, 1, 0.0005, 0.0015, 0.1235, 0.9995, 0.99949999, 0.5, 0.125, 0.0004999, 1e-9, 0.3, 0.7, 2.675, -0.0015};
        for (double s : edges) {
            assertEquals(String.format(Locale.ROOT, "%.3f", s), ScoreText.of(s, 3), "score " + s);
            assertEquals(String.format(Locale.ROOT, "%.6f", s), ScoreText.of(s, 6), "score " + s);
        }
        Random rnd = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            // scores as the aligner writes them, and values on a thousandth's half, where rounding decides
            double s = i % 2 == 0 ? rnd.nextDouble() : (rnd.nextInt(2000) + 0.5) / 1000;
            assertEquals(String.format(Locale.ROOT, "%.3f", s), ScoreText.of(s, 3), "score " + s);
        }
    }

    @Test
    void refusesWhatIsNoScore() {
        assertThrows(IllegalArgumentException.class, () -> ScoreText.of(Double.NaN, 3));
        assertThrows(IllegalArgumentException.class, () -> ScoreText.of(0.5, -1));
    }
}
