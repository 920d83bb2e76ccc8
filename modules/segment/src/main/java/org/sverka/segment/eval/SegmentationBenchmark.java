package org.sverka.segment.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.sverka.segment.Segmenter;

/**
 * Both segmentation benchmarks on the shared data folder, with the speed of the Russian run (CPU
 * time of the segmenting thread where the JVM measures it, so that other processes do not count):
 * the single entry point for {@code sverka eval segment DIR}.
 * <pre>{@code
 * SegmentationBenchmarkResult r = SegmentationBenchmark.run(Path.of("../shared/data/segmentation"));
 * System.out.print(r.report());
 * }</pre>
 */
public final class SegmentationBenchmark {
    /** The Golden Rules file in the segmentation folder. */
    public static final String GOLDEN_RULES = "en-golden-rules.jsonl";
    /** The OpenCorpora partition file in the segmentation folder. */
    public static final String OPENCORPORA = "opencorpora-sents.txt.gz";

    private SegmentationBenchmark() {
    }

    /**
     * Runs the default English and Russian segmenters.
     *
     * @param segmentationDir the folder holding {@value #GOLDEN_RULES} and {@value #OPENCORPORA}
     * @return both results and the speed
     */
    public static SegmentationBenchmarkResult run(Path segmentationDir) {
        return run(segmentationDir, Segmenter.forLanguage("en")::split, Segmenter.forLanguage("ru")::split);
    }

    /**
     * @param segmentationDir the data folder
     * @param english         the English component under test
     * @param russian         the Russian component under test
     * @return both results and the speed of the Russian component
     */
    public static SegmentationBenchmarkResult run(Path segmentationDir, Function<String, List<String>> english,
                                                  Function<String, List<String>> russian) {
        GoldenRulesResult golden = GoldenRulesEvaluation.evaluate(segmentationDir.resolve(GOLDEN_RULES), english);
        List<List<String>> windows = RazdelCorpus.sample(
                RazdelCorpus.windows(RazdelCorpus.sentences(segmentationDir.resolve(OPENCORPORA))),
                RazdelEvaluation.SAMPLE, RazdelEvaluation.SEED);
        long bytes = 0;
        for (List<String> w : windows) {
            bytes += String.join(" ", w).getBytes(StandardCharsets.UTF_8).length;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long[] nanos = new long[1];
        Function<String, List<String>> timed = text -> {
            long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
            List<String> out = russian.apply(text);
            nanos[0] += (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - t0;
            return out;
        };
        RazdelResult razdel = RazdelEvaluation.evaluate(windows, timed);
        return new SegmentationBenchmarkResult(golden, razdel, bytes, nanos[0]);
    }
}
