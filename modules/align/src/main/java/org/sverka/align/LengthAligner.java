package org.sverka.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.BeadKind;
import org.sverka.core.SegmentedDocument;

/**
 * The Gale–Church (1993) length-based aligner: dynamic programming over 1-1, 1-0, 0-1, 2-1, 1-2
 * and 2-2 beads in order, with costs from the character-length ratio. It knows nothing of words,
 * so it serves as the baseline against which the other aligners are measured.
 *
 * <p>Bead priors and the variance of the length difference are the values of the 1993 paper
 * (Gale and Church, Computational Linguistics 19(1)); the expected ratio of Russian to English
 * characters is taken from the two documents themselves.
 */
public final class LengthAligner implements Aligner {
    private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
    private static final double[] PRIORS = {0.89, 0.0099, 0.0099, 0.089 / 2, 0.089 / 2, 0.011};
    private static final double VARIANCE = 6.8;

    @Override
    public String name() {
        return "length";
    }

    @Override
    public Alignment align(SegmentedDocument english, SegmentedDocument russian) {
        int n = english.size();
        int m = russian.size();
        int[] en = english.texts().stream().mapToInt(String::length).toArray();
        int[] ru = russian.texts().stream().mapToInt(String::length).toArray();
        byte[] enFurniture = Furniture.of(english);
        byte[] ruFurniture = Furniture.of(russian);
        double ratio = Math.max(0.1, (double) (IntStream.of(ru).sum() + 1) / (IntStream.of(en).sum() + 1));
        double[][] cost = new double[n + 1][m + 1];
        int[][] move = new int[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                for (int k = 0; k < MOVES.length; k++) {
                    int pi = i - MOVES[k][0];
                    int pj = j - MOVES[k][1];
                    if (pi < 0 || pj < 0 || cost[pi][pj] == Double.POSITIVE_INFINITY
                            || !Furniture.keptApart(enFurniture, pi, i, ruFurniture, pj, j)) {
                        continue;
                    }
                    double c = cost[pi][pj] + beadCost(k, sum(en, pi, i), sum(ru, pj, j), ratio);
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        move[i][j] = k;
                    }
                }
            }
        }
        List<Bead> beads = new ArrayList<>();
        for (int i = n, j = m; i > 0 || j > 0; ) {
            int k = move[i][j];
            int pi = i - MOVES[k][0];
            int pj = j - MOVES[k][1];
            double score = MOVES[k][0] > 0 && MOVES[k][1] > 0
                    ? Math.exp(-(beadCost(k, sum(en, pi, i), sum(ru, pj, j), ratio) + Math.log(PRIORS[k])))
                    : 0.0;
            Bead bead = Bead.of(range(pi, i), range(pj, j), Math.min(1.0, score));
            if (bead.isMatch() && enFurniture[pi] == Furniture.DATELINE && ruFurniture[pj] == Furniture.DATELINE) {
                bead = bead.withKind(BeadKind.DATELINE, java.util.Optional.empty());
            }
            beads.add(bead);
            i = pi;
            j = pj;
        }
        Collections.reverse(beads);
        return new Alignment(english, russian, beads, name(), "sentence lengths only (Gale–Church)");
    }

    private static int sum(int[] lengths, int from, int to) {
        int s = 0;
        for (int i = from; i < to; i++) {
            s += lengths[i];
        }
        return s;
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    /** -log P(bead type) - log P(|delta| at least as large), as in Gale and Church. */
    private static double beadCost(int k, int enChars, int ruChars, double ratio) {
        double prior = -Math.log(PRIORS[k]);
        if (enChars == 0 || ruChars == 0) {
            return prior;
        }
        double mean = (enChars + ruChars / ratio) / 2.0;
        double delta = (ruChars / ratio - enChars) / Math.sqrt(mean * VARIANCE);
        double p = 2 * (1 - normalCdf(Math.abs(delta)));
        return prior - Math.log(Math.max(p, 1e-12));
    }

    /** Standard normal CDF (Abramowitz and Stegun 26.2.17). */
    static double normalCdf(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double d = 0.3989423 * Math.exp(-z * z / 2);
        double p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
        return z > 0 ? 1 - p : p;
    }
}
