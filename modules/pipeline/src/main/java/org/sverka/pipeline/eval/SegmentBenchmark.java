package org.sverka.pipeline.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sverka.core.InputException;
import org.sverka.segment.eval.SegmentationBenchmark;
import org.sverka.segment.eval.SegmentationBenchmarkResult;

/**
 * Sentence segmentation scored on the English Golden Rules and OpenCorpora (razdel's protocol),
 * checked against recorded limits.
 * <pre>{@code
 * int code = SegmentBenchmark.run(Path.of("../shared/data"), false, Path.of("benchmarks/segmentation.tsv"), out, err);
 * }</pre>
 */
public final class SegmentBenchmark {
    private SegmentBenchmark() {
    }

    /**
     * @param dir      the segmentation data folder, or the shared data folder holding it as segmentation/
     * @param failures also list every failing case
     * @param check    a file of limits ({@code key TAB min|max TAB limit}), or null
     * @param out      where the figures go
     * @param err      where a broken limit is named
     * @return 0, or 1 when a limit is broken
     * @throws IOException when the data cannot be read
     */
    public static int run(Path dir, boolean failures, Path check, PrintWriter out, PrintWriter err) throws IOException {
        Path folder = Files.isDirectory(dir.resolve("segmentation")) ? dir.resolve("segmentation") : dir;
        if (!Files.isRegularFile(folder.resolve(SegmentationBenchmark.GOLDEN_RULES))) {
            throw new InputException(folder.toString(), "holds no " + SegmentationBenchmark.GOLDEN_RULES);
        }
        SegmentationBenchmarkResult r = SegmentationBenchmark.run(folder);
        String report = r.report();
        out.print(failures ? report : report.substring(0, report.indexOf("\n\n") + 1));
        out.flush();
        if (check == null) {
            return 0;
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("golden-rules.passed", (double) r.goldenRules().passed());
        figures.put("opencorpora.errors-per-1000", r.openCorpora().errorsPer1000());
        return Floors.checkLimits(check, figures, err);
    }
}
