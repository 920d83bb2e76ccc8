package org.sverka.pipeline.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.sverka.core.InputException;

/**
 * Compares measured figures with those recorded in the repository: F1 figures (and the ranking
 * accuracy) may fall at most {@link #TOLERANCE} under the recorded figure; other limits are written
 * out as {@code min} or {@code max}.
 */
final class Floors {
    /** The largest drop of a recorded accuracy figure that passes: smaller than most real regressions. */
    static final double TOLERANCE = 0.003;

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

    /**
     * Checks accuracy figures against a file of lines {@code key TAB figure}: a measured figure more
     * than {@link #TOLERANCE} under its recorded one, or missing, fails.
     *
     * @param recorded the file of recorded figures
     * @param figures  the measured figures by key (F1 per family, {@code ranking})
     * @param err      where each failure is named
     * @return 0 when every figure holds, else 1
     */
    static int check(Path recorded, Map<String, Double> figures, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(recorded)) {
            throw new InputException(recorded.toString(), "no such file of recorded figures");
        }
        int failures = 0;
        for (String line : Files.readAllLines(recorded)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Double figure = figures.get(f[0]);
            double floor = Double.parseDouble(f[1]) - TOLERANCE;
            if (figure == null || figure < floor - 1e-9) {
                err.printf(Locale.ROOT, "sverka: %s %.4f is below the recorded %s less %.3f%n", f[0],
                        figure == null ? 0.0 : figure, f[1], TOLERANCE);
                failures++;
            }
        }
        err.flush();
        return failures == 0 ? 0 : 1;
    }
}
