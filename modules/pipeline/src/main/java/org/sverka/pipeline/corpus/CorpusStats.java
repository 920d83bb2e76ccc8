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
 */
public record CorpusStats(int pairs, int pairsDone, int pairsThisRun, Map<String, String> failures, long sentences, int beadsMatched,
                          int beadsKept, Map<String, Integer> beadTypes, Map<String, Integer> filtered, List<Integer> histogram,
                          double meanScore, double seconds, double alignSeconds, Learning learning) {
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
