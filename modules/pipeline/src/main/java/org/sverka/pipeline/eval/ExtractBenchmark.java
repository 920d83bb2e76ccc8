package org.sverka.pipeline.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sverka.core.InputException;
import org.sverka.extract.Extractor;
import org.sverka.extract.eval.WcxbEvaluation;

/**
 * Web-page extraction scored as WCXB scores it, per page type, then on the held-out half alone,
 * checked against recorded limits.
 * <pre>{@code
 * int code = ExtractBenchmark.run(Path.of("../shared/data"), Path.of("benchmarks/extraction.tsv"), out, err);
 * }</pre>
 */
public final class ExtractBenchmark {
    private ExtractBenchmark() {
    }

    /**
     * @param dir   a folder in WCXB's layout, or the shared data folder holding wcxb-dev/
     * @param check a file of limits, or null
     * @param out   where the figures go
     * @param err   where the checked figures and a broken limit are named
     * @return 0, or 1 when a limit is broken
     * @throws IOException when the data cannot be read
     */
    public static int run(Path dir, Path check, PrintWriter out, PrintWriter err) throws IOException {
        Path folder = Files.isDirectory(dir.resolve("wcxb-dev")) ? dir.resolve("wcxb-dev") : dir;
        if (!Files.isDirectory(folder.resolve("html")) || !Files.isDirectory(folder.resolve("ground-truth"))) {
            throw new InputException(folder.toString(), "is not in WCXB's layout (html/ and ground-truth/)");
        }
        Extractor extractor = Extractor.builder().build();
        WcxbEvaluation.Result all = WcxbEvaluation.run(folder, extractor);
        WcxbEvaluation.Result heldOut = new WcxbEvaluation.Result(all.pages().stream()
                .filter(p -> WcxbEvaluation.HELD_OUT.test(p.id())).toList());
        out.println("all pages:");
        out.print(all.report());
        out.println();
        out.println("held-out half (pages never looked at while tuning):");
        out.print(heldOut.report());
        out.flush();
        if (check == null) {
            return 0;
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String type : new String[] {"article", "documentation"}) {
            WcxbEvaluation.Result r = all.ofType(type);
            figures.put(type + ".f1", r.meanF1());
            figures.put(type + ".lost-share", r.pages().isEmpty() ? 1.0 : (double) r.lost() / r.pages().size());
            figures.put("held-out." + type + ".f1", heldOut.ofType(type).meanF1());
        }
        figures.put("failed", (double) all.failed());
        figures.forEach((k, v) -> err.printf(Locale.ROOT, "# %s = %.4f%n", k, v));
        return Floors.checkLimits(check, figures, err);
    }
}
