package org.sverka.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.SegmentedDocument;

/**
 * Aligns a translation with its original: in order, with beads of up to three sentences a side,
 * including sentences left without a counterpart on either side (1-0, 0-1).
 *
 * <p>Dynamic programming over bead types 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3 and 3-1, each match
 * scored by the similarity log-odds plus a prior for its type, each unmatched sentence by a fixed
 * cost. The search keeps to a band around the monotone chain of confident anchor pairs
 * ({@link Anchors}), widened where anchors are far apart or a stretch is missing on one side, so
 * time and memory grow with document length, not with its square. What the program leaves
 * unmatched between two matches is aligned again with a cheaper skip ({@link Settings#gapSkip()}).
 * Over 300 lines because the program, its merge rules and the second look at its gaps share one
 * set of costs.
 */
public final class ParallelAligner implements Aligner {
    private static final int[][] TYPES = {{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1}};
    /** The first of {@link #TYPES} with several sentences on a side. */
    private static final int FIRST_MERGE = 3;
    /** A merged bead is scored only when one of its one-to-one pairs has more log-odds than this (chosen on tasks of seed 7). */
    static final double PRUNE = -3.5;

    private final SimilarityModel model;
    private final Settings settings;

    /**
     * Costs of the dynamic program.
     *
     * @param skip     gain of leaving one sentence unmatched (negative)
     * @param merge    prior added to the log-odds of a 1-2 or 2-1 bead
     * @param merge22  prior of a 2-2 bead
     * @param merge3   prior of a 1-3 or 3-1 bead
     * @param band     half-width of the band around the anchor path, in sentences
     * @param part     share of its words that every sentence of a merged bead must have translated on the other side
     * @param gapSkip  gain of leaving a sentence unmatched inside a gap: a stretch of at most
     *                 {@value #GAP} unmatched sentences a side, with sentences on both sides, between
     *                 two matches, which is aligned again with this cost (such sentences mostly
     *                 translate each other, even when their words say little)
     * @param gapPart  share of its words that every sentence of a merged bead inside a gap must have
     *                 translated on the other side
     * @param loosePart a lower share than {@code part} that is enough when the merge scores clearly
     *                 better than its best one-to-one part ({@code mergeGain})
     * @param mergeGain log-odds by which a merge must beat the best one-to-one pair inside it for
     *                 {@code loosePart} to be enough
     * @param diagonal a 2-2 bead whose two pairs in order (first with first, second with second) both
     *                 score more than this above the best crossed pair is two 1-1 beads, not one
     * @param unequalGaps whether a gap with more sentences on one side than on the other is aligned
     *                 again freely (true), or only taken when one merge holds the whole of it (false)
     */
    public record Settings(double skip, double merge, double merge22, double merge3, int band, double part,
                           double gapSkip, double gapPart, double loosePart, double mergeGain, double diagonal,
                           boolean unequalGaps) {
        /** The defaults. */
        public static final Settings DEFAULT = new Settings(-2.15, -0.5, -2.0, -2.0, 8, 0.45, -3.0, 0.3, 0.2, 1.0, 0.0, true);

        /**
         * Costs with unequal gaps aligned again freely, as by default.
         *
         * @param skip      gain of leaving one sentence unmatched (negative)
         * @param merge     prior added to the log-odds of a 1-2 or 2-1 bead
         * @param merge22   prior of a 2-2 bead
         * @param merge3    prior of a 1-3 or 3-1 bead
         * @param band      half-width of the band around the anchor path, in sentences
         * @param part      share of its words that every sentence of a merged bead must have translated on the other side
         * @param gapSkip   gain of leaving a sentence unmatched inside a gap between two matches
         * @param gapPart   share of its words that every sentence of a merged bead inside a gap must have translated
         * @param loosePart a lower share than {@code part} that is enough when the merge clearly beats its best part
         * @param mergeGain log-odds by which a merge must beat its best one-to-one pair for {@code loosePart} to be enough
         * @param diagonal  margin by which a 2-2 bead's pairs in order must beat the crossed ones to be two 1-1 beads
         */
        public Settings(double skip, double merge, double merge22, double merge3, int band, double part,
                        double gapSkip, double gapPart, double loosePart, double mergeGain, double diagonal) {
            this(skip, merge, merge22, merge3, band, part, gapSkip, gapPart, loosePart, mergeGain, diagonal, true);
        }
    }

    /** The most sentences a side a gap between two matches may hold to be aligned again. */
    public static final int GAP = 3;

    /** @param model the similarity model */
    public ParallelAligner(SimilarityModel model) {
        this(model, Settings.DEFAULT);
    }

    /**
     * @param model    the similarity model
     * @param settings the costs
     */
    public ParallelAligner(SimilarityModel model, Settings settings) {
        this.model = model;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "parallel";
    }

    @Override
    public Alignment align(SegmentedDocument english, SegmentedDocument russian) {
        return alignScored(new ScoredPair(english, russian, model));
    }

    /** The alignment of a pair already analysed under this aligner's model. */
    Alignment alignScored(ScoredPair pair) {
        return AlignmentFinish.finish(pair, align(pair, new Anchors(pair).chain(), "parallel mode"));
    }

    Alignment align(ScoredPair pair, List<Anchors.Anchor> chain, String reason) {
        int n = pair.n();
        int m = pair.m();
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        band(chain, n, m, lo, hi);
        double[][] v = new double[n + 1][];
        byte[][] move = new byte[n + 1][];
        double[][] one = new double[n + 1][];
        for (int i = 0; i <= n; i++) {
            v[i] = new double[hi[i] - lo[i] + 1];
            move[i] = new byte[hi[i] - lo[i] + 1];
            one[i] = new double[hi[i] - lo[i] + 1];
            Arrays.fill(v[i], Double.NEGATIVE_INFINITY);
            Arrays.fill(one[i], Double.NaN);
        }
        v[0][0] = 0;
        pair.scoreBand(lo, hi);   // every one-to-one cell of the band, on the pair's threads
        double[][][] merges = mergeGains(pair, lo, hi);   // and every merge that starts in it
        for (int i = 0; i <= n; i++) {
            Interruption.check();
            for (int j = lo[i]; j <= hi[i]; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.NEGATIVE_INFINITY;
                int arg = -1;
                for (int t = 0; t < TYPES.length; t++) {
                    int a = TYPES[t][0];
                    int b = TYPES[t][1];
                    int pi = i - a;
                    int pj = j - b;
                    if (pi < 0 || pj < lo[Math.max(pi, 0)] || pj > hi[pi]) {
                        continue;
                    }
                    double prev = v[pi][pj - lo[pi]];
                    if (prev == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double g = t >= FIRST_MERGE ? merges[t][pi][pj - lo[pi]] : gain(pair, one, lo, hi, pi, a, pj, b);
                    if (prev + g > best) {
                        best = prev + g;
                        arg = t;
                    }
                }
                v[i][j - lo[i]] = best;
                move[i][j - lo[i]] = (byte) arg;
            }
        }
        List<Bead> beads = new ArrayList<>();
        for (int i = n, j = m; i > 0 || j > 0; ) {
            int t = move[i][j - lo[i]];
            int a = TYPES[t][0];
            int b = TYPES[t][1];
            double score = a > 0 && b > 0 ? ScoredPair.probability(pair.logit(i - a, a, j - b, b)) : 0.0;
            beads.add(Bead.of(ReportAligner.range(i - a, a), ReportAligner.range(j - b, b), score));
            i -= a;
            j -= b;
        }
        Collections.reverse(beads);
        return new Alignment(pair.english, pair.russian, AlignmentFinish.flagged(pair, fillGaps(pair, beads)), name(), reason);
    }

    /**
     * The sentences left unmatched between two matches, when both sides have some and neither more
     * than {@value #GAP}, aligned again in order with a cheaper skip ({@link Settings#gapSkip()}):
     * in a translation what stands between two matches mostly renders each other, even when the
     * words say little (a free rendering, a merge whose parts are loosely translated). Sides of
     * unequal length are aligned again as freely (a pair beside a stray or a left-out sentence;
     * chosen on tasks of seed 7: parallel F1 0.9852 → 0.9866), unless {@link Settings#unequalGaps()} is off.
     */
    private List<Bead> fillGaps(ScoredPair pair, List<Bead> beads) {
        List<Bead> out = new ArrayList<>(beads.size());
        for (int k = 0; k < beads.size(); ) {
            Gap gap = Gap.at(beads, k);
            if (gap == null) {
                out.add(beads.get(k++));
                continue;
            }
            List<Bead> again = null;
            if (gap.closed() && gap.en() > 0 && gap.ru() > 0 && gap.en() <= GAP && gap.ru() <= GAP) {
                again = alignGap(pair, gap.firstEnglish(), gap.en(), gap.firstRussian(), gap.ru());
                if (!settings.unequalGaps() && gap.en() != gap.ru() && again.size() > 1) {
                    again = null;   // the old rule: with unequal sides, only one merge holding the whole gap
                }
            }
            out.addAll(again != null ? again : beads.subList(k, gap.end()));
            k = gap.end();
        }
        return out;
    }

    /**
     * The unmatched beads that follow a match: beads [start, end), holding {@code en} English and
     * {@code ru} Russian sentences from {@code firstEnglish} and {@code firstRussian} on.
     *
     * @param start        the first unmatched bead
     * @param end          one past the last
     * @param en           English sentences in the gap
     * @param ru           Russian sentences in the gap
     * @param firstEnglish the English sentence after the match before the gap
     * @param firstRussian the Russian sentence after it
     * @param closed       whether a match follows the gap (it is between two matches)
     */
    record Gap(int start, int end, int en, int ru, int firstEnglish, int firstRussian, boolean closed) {
        /**
         * @param beads an alignment's beads, in order
         * @param k     a bead's position
         * @return the gap that starts at bead k, or null when bead k is a match or no match precedes it
         */
        static Gap at(List<Bead> beads, int k) {
            if (beads.get(k).isMatch() || k == 0 || !beads.get(k - 1).isMatch()) {
                return null;
            }
            int end = k;
            int a = 0;
            int b = 0;
            while (end < beads.size() && !beads.get(end).isMatch()) {
                a += beads.get(end).en().size();
                b += beads.get(end).ru().size();
                end++;
            }
            Bead before = beads.get(k - 1);
            return new Gap(k, end, a, b, before.en().get(before.en().size() - 1) + 1,
                    before.ru().get(before.ru().size() - 1) + 1, end < beads.size());
        }
    }

    /** English sentences [i, i+a) against Russian [j, j+b), in order, with the gap's costs. */
    private List<Bead> alignGap(ScoredPair pair, int i0, int a, int j0, int b) {
        double[][] v = new double[a + 1][b + 1];
        int[][] move = new int[a + 1][b + 1];
        for (double[] row : v) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        v[0][0] = 0;
        for (int i = 0; i <= a; i++) {
            for (int j = 0; j <= b; j++) {
                for (int t = 0; t < TYPES.length && (i > 0 || j > 0); t++) {
                    int x = TYPES[t][0];
                    int y = TYPES[t][1];
                    if (x > i || y > j || v[i - x][j - y] == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double g;
                    if (x == 0 || y == 0) {
                        g = settings.gapSkip() * (x + y);
                    } else if (x == 1 && y == 1) {
                        g = pair.logit(i0 + i - 1, 1, j0 + j - 1, 1);
                    } else if (pair.everyPartCovered(i0 + i - x, x, j0 + j - y, y, settings.gapPart())) {
                        g = pair.logit(i0 + i - x, x, j0 + j - y, y) + (x + y == 3 ? settings.merge() : x == 2 && y == 2 ? settings.merge22() : settings.merge3());
                    } else {
                        continue;
                    }
                    if (v[i - x][j - y] + g > v[i][j]) {
                        v[i][j] = v[i - x][j - y] + g;
                        move[i][j] = t;
                    }
                }
            }
        }
        List<Bead> out = new ArrayList<>();
        for (int i = a, j = b; i > 0 || j > 0; ) {
            int x = TYPES[move[i][j]][0];
            int y = TYPES[move[i][j]][1];
            int e = i0 + i - x;
            int r = j0 + j - y;
            out.add(Bead.of(ReportAligner.range(e, x), ReportAligner.range(r, y),
                    x > 0 && y > 0 ? ScoredPair.probability(pair.logit(e, x, r, y)) : 0.0));
            i -= x;
            j -= y;
        }
        Collections.reverse(out);
        return out;
    }

    /**
     * The gain of every merged bead (types from {@link #FIRST_MERGE} on) that starts at a cell of the
     * band and ends at one, computed before the program on the pair's threads, each from the
     * pair's scores alone: {@code [type][i][j - lo[i]]}, minus infinity where the bead would leave
     * the band.
     */
    private double[][][] mergeGains(ScoredPair pair, int[] lo, int[] hi) {
        int n = pair.n();
        pair.spansUpTo(ScoredPair.MAX_SPAN);   // made here, so that the threads only read them
        double[][][] out = new double[TYPES.length][][];
        for (int t = FIRST_MERGE; t < TYPES.length; t++) {
            out[t] = new double[n + 1][];
        }
        SplitWork.run(n + 1, pair.threads, (from, to) -> {
            for (int i = from; i < to; i++) {
                for (int t = FIRST_MERGE; t < TYPES.length; t++) {
                    int a = TYPES[t][0];
                    int b = TYPES[t][1];
                    double[] row = new double[hi[i] - lo[i] + 1];
                    Arrays.fill(row, Double.NEGATIVE_INFINITY);
                    for (int j = lo[i]; j <= hi[i] && i + a <= n; j++) {
                        if (j + b >= lo[i + a] && j + b <= hi[i + a]) {
                            row[j - lo[i]] = gain(pair, null, lo, hi, i, a, j, b);
                        }
                    }
                    out[t][i] = row;
                }
            }
        });
        return out;
    }

    private double gain(ScoredPair pair, double[][] one, int[] lo, int[] hi, int i, int a, int j, int b) {
        if (a == 0 || b == 0) {
            return settings.skip() * (a + b);
        }
        if (a == 1 && b == 1) {
            return oneToOne(pair, one, lo, hi, i, j);
        }
        // a merge is only worth scoring when one of its parts relates to the other side,
        // and only right when every sentence in it has its words translated on the other side
        double part = Double.NEGATIVE_INFINITY;
        for (int x = 0; x < a; x++) {
            for (int y = 0; y < b; y++) {
                part = Math.max(part, oneToOne(pair, one, lo, hi, i + x, j + y));
            }
        }
        if (part < PRUNE) {
            return Double.NEGATIVE_INFINITY;
        }
        if (a == 2 && b == 2 && Math.min(oneToOne(pair, one, lo, hi, i, j), oneToOne(pair, one, lo, hi, i + 1, j + 1))
                > Math.max(oneToOne(pair, one, lo, hi, i, j + 1), oneToOne(pair, one, lo, hi, i + 1, j)) + settings.diagonal()) {
            // its sentences correspond in order: two 1-1 beads, which the program weighs apart
            return Double.NEGATIVE_INFINITY;
        }
        double l;
        if (pair.everyPartCovered(i, a, j, b, settings.part())) {
            l = pair.logit(i, a, j, b);
        } else if (settings.loosePart() < settings.part() && pair.everyPartCovered(i, a, j, b, settings.loosePart())) {
            // a merge whose parts are loosely translated is taken when it clearly beats its best part alone
            l = pair.logit(i, a, j, b);
            if (l < part + settings.mergeGain()) {
                return Double.NEGATIVE_INFINITY;
            }
        } else {
            return Double.NEGATIVE_INFINITY;
        }
        double prior = a + b == 3 ? settings.merge() : a == 2 && b == 2 ? settings.merge22() : settings.merge3();
        return l + prior;
    }

    /** The log-odds of a one-to-one pair, kept in {@code one} when it is given (the program's own thread). */
    private static double oneToOne(ScoredPair pair, double[][] one, int[] lo, int[] hi, int i, int j) {
        if (one != null && i < one.length && j >= lo[i] && j <= hi[i]) {
            double c = one[i][j - lo[i]];
            if (Double.isNaN(c)) {
                c = pair.logit(i, 1, j, 1);
                one[i][j - lo[i]] = c;
            }
            return c;
        }
        return pair.logit(i, 1, j, 1);
    }

    /** The rows of the band: for English position i, Russian positions lo[i]..hi[i]. */
    private void band(List<Anchors.Anchor> chain, int n, int m, int[] lo, int[] hi) {
        List<int[]> points = new ArrayList<>();
        points.add(new int[] {0, 0});
        for (Anchors.Anchor a : chain) {
            points.add(new int[] {a.en(), a.ru()});
            points.add(new int[] {a.en() + 1, a.ru() + 1});
        }
        points.add(new int[] {n, m});
        int p = 0;
        for (int i = 0; i <= n; i++) {
            while (p + 1 < points.size() - 1 && points.get(p + 1)[0] <= i) {
                p++;
            }
            int[] s = points.get(p);
            int[] e = points.get(Math.min(p + 1, points.size() - 1));
            double c = e[0] == s[0] ? s[1] : s[1] + (double) (e[1] - s[1]) * (i - s[0]) / (e[0] - s[0]);
            int width = settings.band() + Math.abs((e[1] - s[1]) - (e[0] - s[0]));
            lo[i] = (int) Math.max(0, Math.floor(c) - width);
            hi[i] = (int) Math.min(m, Math.ceil(c) + width);
        }
        lo[0] = 0;
        hi[n] = m;
        for (int i = n - 1; i >= 0; i--) {
            lo[i] = Math.min(lo[i], lo[i + 1]);
        }
        for (int i = 1; i <= n; i++) {
            hi[i] = Math.max(hi[i], hi[i - 1]);
        }
        for (int i = 1; i <= n; i++) {
            // rows must overlap so that a path can go from one to the next
            lo[i] = Math.min(lo[i], hi[i - 1]);
        }
    }
}
