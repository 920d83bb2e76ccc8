package org.sverka.segment.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Both benchmarks on the shared data, with floors just under the figures measured when the rules
 * were written (48/48 Golden Rules; 34.6 errors per 1000 on OpenCorpora). Prints the report; speed is
 * printed, never asserted.
 */
class SegmentationBenchmarkTest {
    @Test
    void scoresOnTheSharedDataStayAtTheirMeasuredLevel() {
        Path dir = RazdelEvaluationTest.DATA;
        Assumptions.assumeTrue(Files.exists(dir.resolve(SegmentationBenchmark.GOLDEN_RULES))
                && Files.exists(dir.resolve(SegmentationBenchmark.OPENCORPORA)), "shared data absent");
        SegmentationBenchmarkResult r = SegmentationBenchmark.run(dir);
        System.out.println(r.report().lines().limit(4).reduce("", (a, b) -> a + b + "\n"));
        assertTrue(r.goldenRules().passed() >= 47, r.goldenRules().report());
        assertTrue(r.openCorpora().errorsPer1000() <= 36.0, r.openCorpora().report(20));
    }
}
