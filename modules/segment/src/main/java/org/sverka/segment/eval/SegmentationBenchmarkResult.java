package org.sverka.segment.eval;

import java.util.Locale;

/**
 * The figures of {@link SegmentationBenchmark#run}.
 *
 * @param goldenRules   the English Golden Rules
 * @param openCorpora   OpenCorpora by razdel's protocol
 * @param russianBytes  UTF-8 bytes of the Russian windows segmented
 * @param russianNanos  CPU time spent in the Russian segmenter (wall time where the JVM cannot measure CPU
 *                      time), one thread, first run (no warm-up)
 */
public record SegmentationBenchmarkResult(GoldenRulesResult goldenRules, RazdelResult openCorpora,
                                          long russianBytes, long russianNanos) {
    /** @return megabytes (10<sup>6</sup> bytes of UTF-8) segmented per second on one thread */
    public double megabytesPerSecond() {
        return russianNanos == 0 ? 0 : russianBytes / 1e6 / (russianNanos / 1e9);
    }

    /** @return a human-readable report: both scores with the published peer figures, speed, and the failing cases */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Golden Rules (en): %d/%d passed; published: pySBD 47/48, blingfire 36, "
                        + "Stanza 35, syntok 33, NLTK punkt 27, spaCy 26%n",
                goldenRules.passed(), goldenRules.total()));
        sb.append(String.format(Locale.ROOT, "OpenCorpora (ru): %.1f errors per 1000 (%d false + %d missed splits, "
                        + "%d boundaries); published: razdel 52, deeppavlov 57, NLTK 92, segtok 106%n",
                openCorpora.errorsPer1000(), openCorpora.falseSplits(), openCorpora.missedSplits(),
                openCorpora.etalonBoundaries()));
        sb.append(String.format(Locale.ROOT, "Speed (ru, one thread, cold JVM, CPU time): %.2f MB/s (%.1f MB in %.2f s)%n%n",
                megabytesPerSecond(), russianBytes / 1e6, russianNanos / 1e9));
        sb.append(goldenRules.report()).append('\n');
        sb.append(openCorpora.report());
        return sb.toString();
    }
}
