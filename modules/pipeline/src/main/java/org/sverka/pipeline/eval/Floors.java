package org.sverka.pipeline.eval;

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

    /**
     * Checks figures against limits recorded in a file of lines {@code key TAB min|max TAB limit}: a
     * figure under its {@code min} or over its {@code max}, or missing, fails.
     *
     * @param recorded the file of limits
     * @param figures  the measured figures by key
     * @param err      where each failure is named
     * @return 0 when every limit holds, else 1
     */
    static int checkLimits(Path recorded, Map<String, Double> figures, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(recorded)) {
            throw new InputException(recorded.toString(), "no such file of recorded limits");
        }
        int failures = 0;
        int lineNo = 0;
        for (String line : Files.readAllLines(recorded)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3 || !(f[1].equals("min") || f[1].equals("max"))) {
                throw new InputException(recorded + ":" + lineNo, "expected 'key TAB min|max TAB limit'");
            }
            double limit = Double.parseDouble(f[2]);
            Double figure = figures.get(f[0]);
            boolean ok = figure != null && (f[1].equals("min") ? figure >= limit : figure <= limit);
            if (!ok) {
                err.printf(Locale.ROOT, "sverka: %s is %s, %s the limit of %s recorded in %s%n", f[0],
                        figure == null ? "missing" : String.format(Locale.ROOT, "%.4f", figure),
                        f[1].equals("min") ? "under" : "over", f[2], recorded);
                failures++;
            }
        }
        err.flush();
        return failures == 0 ? 0 : 1;
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
