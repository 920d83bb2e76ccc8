package org.sverka.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.align.eval.AlignmentScore;
import org.sverka.core.InputException;

/** Recorded limits: a figure past its min or max, or missing, fails and is named. */
class FloorsTest {
    @Test
    void limitsHoldOrFailByDirection(@TempDir Path dir) throws IOException {
        Path limits = dir.resolve("limits.tsv");
        Files.writeString(limits, "# comment\nf1\tmin\t0.90\nerrors\tmax\t36\n");
        StringWriter err = new StringWriter();
        assertEquals(0, Floors.checkLimits(limits, Map.of("f1", 0.90, "errors", 36.0), new PrintWriter(err)));
        assertEquals(1, Floors.checkLimits(limits, Map.of("f1", 0.8999, "errors", 30.0), new PrintWriter(err)));
        assertTrue(err.toString().contains("f1 is 0.8999, under the limit of 0.90"), err.toString());
        assertEquals(1, Floors.checkLimits(limits, Map.of("f1", 0.95, "errors", 36.1), new PrintWriter(err)));
        assertTrue(err.toString().contains("errors is 36.1000, over the limit of 36"), err.toString());
        assertEquals(1, Floors.checkLimits(limits, Map.of("f1", 0.95), new PrintWriter(err)));
        assertTrue(err.toString().contains("errors is missing"), err.toString());
    }

    @Test
    void aMalformedLineIsNamed(@TempDir Path dir) throws IOException {
        Path limits = dir.resolve("limits.tsv");
        Files.writeString(limits, "f1\tat-least\t0.9\n");
        InputException e = assertThrows(InputException.class,
                () -> Floors.checkLimits(limits, Map.of("f1", 1.0), new PrintWriter(new StringWriter())));
        assertTrue(e.getMessage().contains("limits.tsv:1"), e.getMessage());
    }

    /** An F1 as the benchmark measures it: right/predicted = right/gold = f over 1000 links. */
    private static Double f1(double f) {
        long right = Math.round(f * 1000);
        return new AlignmentScore(1000, 1000, right, 1000, 1000, right).f1();
    }

    @Test
    void anF1MoreThanTheToleranceUnderItsRecordedFigureFails(@TempDir Path dir) throws IOException {
        Path recorded = dir.resolve("align.tsv");
        Files.writeString(recorded, "# family\tF1\nparallel/ntrex\t0.900\nreport/ntrex\t0.800\n");
        StringWriter err = new StringWriter();
        assertEquals(0, Floors.check(recorded, Map.of("parallel/ntrex", f1(0.900), "report/ntrex", f1(0.800)), new PrintWriter(err)));
        assertEquals(0, Floors.check(recorded, Map.of("parallel/ntrex", f1(0.900 - Floors.TOLERANCE), "report/ntrex", f1(0.95)),
                new PrintWriter(err)), "a drop of exactly the tolerance passes");
        assertEquals("", err.toString());
        assertEquals(1, Floors.check(recorded, Map.of("parallel/ntrex", f1(0.889), "report/ntrex", f1(0.800)), new PrintWriter(err)));
        assertTrue(err.toString().contains("parallel/ntrex 0.8890 is below the recorded 0.900 less 0.003"), err.toString());
        assertEquals(1, Floors.check(recorded, Map.of("parallel/ntrex", f1(0.95)), new PrintWriter(err)));
        assertTrue(err.toString().contains("report/ntrex 0.0000"), "a missing family fails: " + err);
        assertEquals(1, Floors.check(recorded, Map.of("parallel/ntrex", f1(0.896), "report/ntrex", f1(0.800)), new PrintWriter(err)),
                "a drop of 0.004 fails");
    }

    @Test
    void aMissingFileOfFiguresIsNamed(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class,
                () -> Floors.check(dir.resolve("none.tsv"), Map.of(), new PrintWriter(new StringWriter())));
        assertTrue(e.getMessage().contains("no such file of recorded figures"), e.getMessage());
    }
}
