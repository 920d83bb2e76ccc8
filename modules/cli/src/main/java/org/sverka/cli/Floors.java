package org.sverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.sverka.align.eval.AlignmentScore;
import org.sverka.core.InputException;

/** Compares measured F1 figures with those recorded in the repository; a drop of more than 0.01 fails. */
final class Floors {
    static final double TOLERANCE = 0.01;

    private Floors() {
    }

    static int check(Path recorded, Map<String, AlignmentScore> scores, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(recorded)) {
            throw new InputException(recorded.toString(), "no such file of recorded figures");
        }
        int failures = 0;
        for (String line : Files.readAllLines(recorded)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            AlignmentScore s = scores.get(f[0]);
            double floor = Double.parseDouble(f[1]) - TOLERANCE;
            if (s == null || s.f1() < floor) {
                err.printf(Locale.ROOT, "sverka: %s F1 %.3f is below the recorded %s less %.2f%n", f[0],
                        s == null ? 0.0 : s.f1(), f[1], TOLERANCE);
                failures++;
            }
        }
        err.flush();
        return failures == 0 ? 0 : 1;
    }
}
