package org.sverka.align.model;

import java.util.ArrayList;
import java.util.List;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.align.text.Clauses;

/**
 * Fits the refinement weights of the similarity model on held-out sentence pairs of running text
 * (documents, in order) against <em>hard</em> negatives: the neighbours of a sentence in its own
 * document (same topic, same names, same numbers) and halves of those neighbours. Positives are the
 * true pairs, two adjacent pairs merged on both sides, half of an English sentence against its whole
 * Russian one, and English sentences with their clauses swapped — the restructuring agencies do.
 * Only pairs whose base log-odds exceed {@link SimilarityModel#REFINE_ABOVE} are used, as only they
 * are refined.
 * <pre>{@code
 * double[] w = RefinementCalibration.fit(SimilarityModel.defaultModel(), heldOutEnglish, heldOutRussian);
 * SimilarityModel refined = model.withRefinement(w);
 * }</pre>
 */
public final class RefinementCalibration {
    /** How far in the document a neighbour may lie to count as a hard negative. */
    static final int NEIGHBOURHOOD = 3;

    private RefinementCalibration() {
    }

    /**
     * @param model   the model whose base weights stay
     * @param english held-out English sentences of running text, in document order
     * @param russian their Russian translations, line by line
     * @return bias first, then one weight per refinement feature
     */
    public static double[] fit(SimilarityModel model, List<String> english, List<String> russian) {
        if (english.size() != russian.size() || english.size() < 10) {
            throw new IllegalArgumentException("need at least 10 line-aligned pairs");
        }
        List<String> en = new ArrayList<>(english);
        List<String> halves = new ArrayList<>();
        List<String> swapped = new ArrayList<>();
        for (String s : english) {
            String[] h = Clauses.halves(s);
            halves.add(h == null ? null : Clauses.asSentence(h[0].length() >= h[1].length() ? h[0] : h[1]));
            swapped.add(Clauses.swapped(s));
        }
        List<AnalyzedSentence> ea = analyze(model, en, true);
        List<AnalyzedSentence> ha = analyze(model, halves, true);
        List<AnalyzedSentence> sa = analyze(model, swapped, true);
        List<AnalyzedSentence> ra = analyze(model, russian, false);
        List<AnalyzedSentence> allEnglish = new ArrayList<>(ea);
        ha.stream().filter(x -> x != null).forEach(allEnglish::add);
        sa.stream().filter(x -> x != null).forEach(allEnglish::add);
        PairVocabulary v = model.vocabulary(allEnglish, ra);
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        int n = ea.size();
        for (int i = 0; i < n; i++) {
            Span ru = v.russian(List.of(ra.get(i)));
            add(model, v.english(List.of(ea.get(i))), ru, 1, x, y);
            if (ha.get(i) != null) {
                add(model, v.english(List.of(ha.get(i))), ru, 1, x, y);
            }
            if (sa.get(i) != null) {
                add(model, v.english(List.of(sa.get(i))), ru, 1, x, y);
            }
            if (i + 1 < n) {
                add(model, v.english(ea.subList(i, i + 2)), v.russian(ra.subList(i, i + 2)), 1, x, y);
            }
            for (int d = -NEIGHBOURHOOD; d <= NEIGHBOURHOOD; d++) {
                int j = i + d;
                if (d == 0 || j < 0 || j >= n) {
                    continue;
                }
                add(model, v.english(List.of(ea.get(j))), ru, 0, x, y);
                if (ha.get(j) != null) {
                    add(model, v.english(List.of(ha.get(j))), ru, 0, x, y);
                }
            }
        }
        return standardizedFit(x, y);
    }

    private static List<AnalyzedSentence> analyze(SimilarityModel model, List<String> texts, boolean english) {
        List<AnalyzedSentence> out = new ArrayList<>();
        for (String t : texts) {
            out.add(t == null ? null : english ? model.english().analyze(t) : model.russian().analyze(t));
        }
        return out;
    }

    private static void add(SimilarityModel model, Span en, Span ru, int label, List<double[]> x, List<Integer> y) {
        if (en.isEmpty() || ru.isEmpty()) {
            return;
        }
        double base = model.logit(model.features(en, ru));
        if (base <= SimilarityModel.REFINE_ABOVE) {
            return;
        }
        x.add(model.refinementFeatures(base, en, ru));
        y.add(label);
    }

    /**
     * Logistic regression with the raw base log-odds as a fixed offset: gradient descent on the
     * bias and the standardized correction columns (1..d-1) only.
     */
    private static double[] offsetFit(List<double[]> raw, double[][] z, int[] y, int iterations, double l2) {
        int d = z[0].length;
        double[] w = new double[d];
        double rate = 0.5;
        for (int it = 0; it < iterations; it++) {
            double[] grad = new double[d];
            for (int i = 0; i < z.length; i++) {
                double s = raw.get(i)[0] + w[0];
                for (int k = 1; k < d; k++) {
                    s += w[k] * z[i][k];
                }
                double err = 1 / (1 + Math.exp(-s)) - y[i];
                grad[0] += err;
                for (int k = 1; k < d; k++) {
                    grad[k] += err * z[i][k];
                }
            }
            for (int k = 0; k < d; k++) {
                w[k] -= rate * (grad[k] / z.length + (k > 0 ? l2 * w[k] : 0));
            }
        }
        return w;
    }

    /** Fits on standardized columns, so that one learning rate suits all, and returns weights for the raw ones. */
    private static double[] standardizedFit(List<double[]> rows, List<Integer> labels) {
        int d = rows.get(0).length;
        // the base log-odds (column 0) enter with weight 1 as an offset; the rest corrects them
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] r : rows) {
            for (int k = 0; k < d; k++) {
                mean[k] += r[k] / rows.size();
            }
        }
        for (double[] r : rows) {
            for (int k = 0; k < d; k++) {
                sd[k] += (r[k] - mean[k]) * (r[k] - mean[k]) / rows.size();
            }
        }
        double[][] z = new double[rows.size()][d];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < d; k++) {
                sd[k] = Math.max(sd[k], 1e-12);
                z[i][k] = (rows.get(i)[k] - mean[k]) / Math.sqrt(sd[k]);
            }
        }
        double[] w = offsetFit(rows, z, labels.stream().mapToInt(Integer::intValue).toArray(), 4000, 0.01);
        double[] out = new double[d + 1];
        out[0] = w[0];
        out[1] = 1.0;
        for (int k = 1; k < d; k++) {
            out[k + 1] = w[k] / Math.sqrt(sd[k]);
            out[0] -= w[k] * mean[k] / Math.sqrt(sd[k]);
        }
        return out;
    }
}
