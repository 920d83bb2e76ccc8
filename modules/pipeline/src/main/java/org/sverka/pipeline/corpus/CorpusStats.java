package org.sverka.pipeline.corpus;

import java.util.List;
import java.util.Map;

/**
 * What a corpus run did: written to {@code stats.json} and shown in {@code report.html}.
 *
 * @param pairs          pairs in the manifest
 * @param pairsDone      pairs aligned
 * @param pairsThisRun   pairs aligned (or failed) by this run, not an earlier one it resumed
 * @param failures       the failed pairs and why, id to reason
 * @param sentences      sentences read on both sides of the aligned pairs
 * @param beadsMatched   matched beads before filtering
 * @param beadsKept      beads in the corpus
 * @param beadTypes      kept beads per type
 * @param filtered       beads stopped by each filter
 * @param histogram      kept beads per score tenth (0-0.1 ... 0.9-1.0)
 * @param meanScore      mean score of the kept beads
 * @param seconds        wall time of the run
 * @param alignSeconds   summed time of the per-pair function (extraction to alignment)
 * @param learning       what the first pass of {@code --learn} gave, or null
 * @param thresholds     what each score threshold would keep, with the precision the calibrated scores promise
 */
public record CorpusStats(int pairs, int pairsDone, int pairsThisRun, Map<String, String> failures, long sentences, int beadsMatched,
                          int beadsKept, Map<String, Integer> beadTypes, Map<String, Integer> filtered, List<Integer> histogram,
                          double meanScore, double seconds, double alignSeconds, Learning learning, List<ThresholdRow> thresholds) {
    /**
     * What one score threshold keeps of the matched beads. A bead's score is a calibrated probability
     * that the match is right (0.5: as likely right as wrong), so the mean score of the beads a
     * threshold keeps is the share of them expected to be right: the precision to expect from the
     * threshold on this corpus. On sverka's hard benchmark family the measured precision at 0.5 was
     * 0.954 and at 0.85 0.984 (README, "what a score means").
     *
     * @param threshold         the threshold
     * @param beads             matched beads scoring at least the threshold (before the other filters)
     * @param expectedPrecision their mean score
     */
    public record ThresholdRow(double threshold, int beads, double expectedPrecision) {
    }

    /**
     * @param scores the scores of every matched bead
     * @return a row for each of the thresholds 0.1, 0.2 ... 0.9
     */
    public static List<ThresholdRow> thresholdRows(double[] scores) {
        List<ThresholdRow> rows = new java.util.ArrayList<>();
        for (int t = 1; t <= 9; t++) {
            double threshold = t / 10.0;
            int n = 0;
            double sum = 0;
            for (double s : scores) {
                if (s >= threshold) {
                    n++;
                    sum += s;
                }
            }
            rows.add(new ThresholdRow(threshold, n, n == 0 ? 0 : sum / n));
        }
        return List.copyOf(rows);
    }

    /**
     * Beads a pass would keep.
     *
     * @param beads     beads kept
     * @param meanScore their mean score
     */
    public record Kept(int beads, double meanScore) {
    }

    /**
     * The first pass of {@code --learn}.
     *
     * @param wordPairs word pairs learned
     * @param firstPass what the first pass would have kept
     */
    public record Learning(int wordPairs, Kept firstPass) {
    }

    /** @return pairs done by this run per second of its wall time */
    public double pairsPerSecond() {
        return seconds == 0 ? 0 : pairsThisRun / seconds;
    }
}
