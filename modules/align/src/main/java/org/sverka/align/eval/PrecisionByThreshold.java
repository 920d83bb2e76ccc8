package org.sverka.align.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sverka.core.Bead;

/**
 * Link precision and recall of scored beads against gold at a series of score thresholds: what a
 * corpus keeps when it drops the matches scoring under each threshold. A link is one English–Russian
 * sentence pair inside a matched bead; all links of a bead share its score. Counts add up over
 * documents with {@link #plus(PrecisionByThreshold)}.
 * <pre>{@code
 * PrecisionByThreshold p = PrecisionByThreshold.of(alignment.beads(), gold);
 * for (PrecisionByThreshold.Row r : p.rows()) {
 *     System.out.println(r.threshold() + " " + r.precision() + " " + r.recall());
 * }
 * p.lowestThreshold(0.98);   // the lowest threshold whose precision reaches 0.98, if any
 * }</pre>
 *
 * @param thresholds  the thresholds, ascending
 * @param kept        per threshold, links of beads scoring at least the threshold
 * @param right       per threshold, those of them in the gold
 * @param goldLinks   links in the gold
 */
public record PrecisionByThreshold(double[] thresholds, long[] kept, long[] right, long goldLinks) {
    /** The thresholds 0.1, 0.2, … 0.9. */
    public static final double[] STANDARD = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    /**
     * One threshold's figures.
     *
     * @param threshold the threshold
     * @param links     links kept (beads scoring at least the threshold)
     * @param precision share of the kept links in the gold (1 when none is kept)
     * @param recall    share of the gold links kept
     */
    public record Row(double threshold, long links, double precision, double recall) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f  P %.3f  R %.3f  (%d links)", threshold, precision, recall, links);
        }
    }

    /** Copies the arrays and checks their lengths. */
    public PrecisionByThreshold {
        thresholds = thresholds.clone();
        kept = kept.clone();
        right = right.clone();
        if (kept.length != thresholds.length || right.length != thresholds.length) {
            throw new IllegalArgumentException("one count per threshold expected");
        }
    }

    /**
     * @param predicted scored beads of one document pair
     * @param gold      the gold beads of the same pair
     * @return the counts at the {@link #STANDARD} thresholds
     */
    public static PrecisionByThreshold of(List<Bead> predicted, List<Bead> gold) {
        return of(predicted, gold, STANDARD);
    }

    /**
     * @param predicted  scored beads of one document pair
     * @param gold       the gold beads of the same pair
     * @param thresholds the thresholds, ascending
     * @return the counts at those thresholds
     */
    public static PrecisionByThreshold of(List<Bead> predicted, List<Bead> gold, double[] thresholds) {
        Set<Long> goldLinks = links(gold);
        long[] kept = new long[thresholds.length];
        long[] right = new long[thresholds.length];
        for (Bead b : predicted) {
            if (!b.isMatch()) {
                continue;
            }
            for (int e : b.en()) {
                for (int r : b.ru()) {
                    boolean ok = goldLinks.contains(link(e, r));
                    for (int t = 0; t < thresholds.length; t++) {
                        if (b.score() >= thresholds[t]) {
                            kept[t]++;
                            right[t] += ok ? 1 : 0;
                        }
                    }
                }
            }
        }
        return new PrecisionByThreshold(thresholds, kept, right, goldLinks.size());
    }

    private static Set<Long> links(List<Bead> beads) {
        Set<Long> out = new HashSet<>();
        for (Bead b : beads) {
            for (int e : b.en()) {
                for (int r : b.ru()) {
                    out.add(link(e, r));
                }
            }
        }
        return out;
    }

    private static long link(int e, int r) {
        return ((long) e << 32) | r;
    }

    /**
     * @param other counts at the same thresholds (another document pair)
     * @return the sums
     */
    public PrecisionByThreshold plus(PrecisionByThreshold other) {
        if (!java.util.Arrays.equals(thresholds, other.thresholds)) {
            throw new IllegalArgumentException("different thresholds");
        }
        long[] k = kept.clone();
        long[] r = right.clone();
        for (int t = 0; t < k.length; t++) {
            k[t] += other.kept[t];
            r[t] += other.right[t];
        }
        return new PrecisionByThreshold(thresholds, k, r, goldLinks + other.goldLinks);
    }

    /** @return one row per threshold, ascending */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (int t = 0; t < thresholds.length; t++) {
            out.add(new Row(thresholds[t], kept[t], kept[t] == 0 ? 1.0 : (double) right[t] / kept[t],
                    goldLinks == 0 ? 0.0 : (double) right[t] / goldLinks));
        }
        return out;
    }

    /**
     * @param precision a precision target, such as 0.98
     * @return the lowest threshold at which the kept links reach it, if any does
     */
    public Optional<Double> lowestThreshold(double precision) {
        return rows().stream().filter(r -> r.links() > 0 && r.precision() >= precision).map(Row::threshold).findFirst();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        rows().forEach(r -> sb.append(r).append('\n'));
        return sb.toString();
    }
}
