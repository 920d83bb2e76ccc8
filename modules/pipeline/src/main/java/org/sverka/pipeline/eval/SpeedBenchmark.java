package org.sverka.pipeline.eval;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.io.IOException;
import org.sverka.align.ParallelAligner;
import org.sverka.align.ReportAligner;
import org.sverka.align.eval.AlignerTiming;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.InputException;
import org.sverka.core.SegmentedDocument;

/**
 * How fast the aligners run, after JVM warm-up: parallel mode on the NTREX-128 sentence pairs as one
 * document, report mode on a 40-sentence report against a 200-sentence source (median of repeated
 * runs, CPU time of one thread: {@link AlignerTiming}), and with {@code large} 10,000 sentences a side
 * with the peak heap. A benchmark
 * that prints figures, not a test.
 * <pre>{@code
 * SpeedBenchmark.run(Path.of("../shared/data"), false, out);
 * }</pre>
 */
public final class SpeedBenchmark {
    private SpeedBenchmark() {
    }

    /**
     * @param data  the shared data folder
     * @param large also align 10,000 sentences a side
     * @param out   where the figures go
     * @return the figures by key: {@code parallel.pairs-per-second}, {@code report.ms}
     * @throws IOException when the data cannot be read
     */
    public static java.util.Map<String, Double> run(Path data, boolean large, PrintWriter out) throws IOException {
        java.util.Map<String, Double> figures = new java.util.TreeMap<>();
        Path dir = data.resolve("ntrex128");
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "no such folder");
        }
        List<String> en = Files.readAllLines(dir.resolve("ntrex.en"));
        List<String> ru = Files.readAllLines(dir.resolve("ntrex.ru"));
        SimilarityModel model = SimilarityModel.defaultModel();

        SegmentedDocument pe = SegmentedDocument.ofLines("en", "en", en);
        SegmentedDocument pr = SegmentedDocument.ofLines("ru", "ru", ru);
        double ms = AlignerTiming.medianCpuMillis(new ParallelAligner(model), pe, pr, 3, 5);
        out.printf(Locale.ROOT, "parallel mode, %d x %d sentences: %.0f ms (%.0f sentence pairs/s)%n", pe.size(), pr.size(),
                ms, pe.size() / (ms / 1000));
        figures.put("parallel.pairs-per-second", pe.size() / (ms / 1000));

        SegmentedDocument[] reportPair = AlignerTiming.reportPair(en, ru);
        SegmentedDocument re = reportPair[0];
        SegmentedDocument rr = reportPair[1];
        double rms = AlignerTiming.medianCpuMillis(new ReportAligner(model), re, rr, 20, 21);
        out.printf(Locale.ROOT, "report mode, %d-sentence report against a %d-sentence source: %.1f ms%n", re.size(), rr.size(), rms);
        figures.put("report.ms", rms);

        if (large) {
            List<String> bigEn = new ArrayList<>();
            List<String> bigRu = new ArrayList<>();
            for (String[] c : new String[][] {{"ntrex128", "ntrex"}, {"flores200", "flores200.devtest"}, {"un-devset", "UNv1.0.devset"}}) {
                bigEn.addAll(Files.readAllLines(data.resolve(c[0]).resolve(c[1] + ".en")));
                bigRu.addAll(Files.readAllLines(data.resolve(c[0]).resolve(c[1] + ".ru")));
            }
            for (int k = 0; bigEn.size() < 10_000; k++) {
                bigEn.add(en.get(k % en.size()));
                bigRu.add(ru.get(k % ru.size()));
            }
            SegmentedDocument le = SegmentedDocument.ofLines("en", "en", bigEn.subList(0, 10_000));
            SegmentedDocument lr = SegmentedDocument.ofLines("ru", "ru", bigRu.subList(0, 10_000));
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            new ParallelAligner(model).align(le, lr);
            double s = (System.nanoTime() - t0) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            out.printf(Locale.ROOT, "parallel mode, 10,000 x 10,000 sentences: %.1f s, peak heap %d MB (max heap %d MB)%n", s,
                    peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
        out.flush();
        return figures;
    }

    /**
     * Runs the benchmark and checks its figures against limits ({@code key TAB min|max TAB limit}).
     *
     * @param data    the shared data folder
     * @param large   also align 10,000 sentences a side
     * @param check   the file of limits
     * @param out     where the figures go
     * @param err     where a broken limit is named
     * @return 0 when every limit holds, else 1
     * @throws IOException when the data or the limits cannot be read
     */
    public static int run(Path data, boolean large, Path check, PrintWriter out, PrintWriter err) throws IOException {
        java.util.Map<String, Double> figures = run(data, large, out);
        return check == null ? 0 : Floors.checkLimits(check, figures, err);
    }
}
