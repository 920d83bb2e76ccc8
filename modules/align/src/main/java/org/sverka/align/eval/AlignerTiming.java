package org.sverka.align.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.sverka.align.Aligner;
import org.sverka.core.SegmentedDocument;

/**
 * Times an aligner on one pair for the speed benchmarks: the median, over several runs after a
 * warm-up, of the CPU time of the calling thread. On a machine shared with other jobs, wall time
 * says more about them than about the aligner.
 * <pre>{@code
 * double ms = AlignerTiming.medianCpuMillis(new ParallelAligner(model), english, russian, 3, 5);
 * }</pre>
 */
public final class AlignerTiming {
    private AlignerTiming() {
    }

    /**
     * @param aligner the aligner
     * @param english the English side
     * @param russian the Russian side
     * @param warmUp  runs first, not timed
     * @param runs    timed runs (one or more)
     * @return the median CPU milliseconds of one alignment
     */
    public static double medianCpuMillis(Aligner aligner, SegmentedDocument english, SegmentedDocument russian, int warmUp, int runs) {
        if (runs < 1 || warmUp < 0) {
            throw new IllegalArgumentException("runs must be 1 or more and warm-up 0 or more, got " + runs + " and " + warmUp);
        }
        for (int i = 0; i < warmUp; i++) {
            aligner.align(english, russian);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = threads.getCurrentThreadCpuTime();
            aligner.align(english, russian);
            ms[i] = (threads.getCurrentThreadCpuTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    /**
     * The report pair of the speed benchmarks, from line-aligned NTREX-128: 40 English sentences (every
     * tenth of the first 200, and 20 from its second thousand) against the first 200 Russian sentences.
     *
     * @param english the English lines (1,200 or more)
     * @param russian the Russian lines
     * @return the English report and the Russian source
     */
    public static SegmentedDocument[] reportPair(java.util.List<String> english, java.util.List<String> russian) {
        java.util.List<String> report = new java.util.ArrayList<>();
        for (int k = 0; k < 20; k++) {
            report.add(english.get(k * 10));
            report.add(english.get(1000 + k * 37));
        }
        return new SegmentedDocument[] {SegmentedDocument.ofLines("report", "en", report),
            SegmentedDocument.ofLines("source", "ru", russian.subList(0, 200))};
    }
}
