package org.sverka.align.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sverka.align.text.AnalyzedSentence;

/**
 * The trainer of the similarity model's weights: a logistic regression of the model's features on
 * held-out sentence pairs (each pair a positive, its neighbour and a random other pair negatives),
 * then the word-alignment refinement fitted on top of those weights ({@link RefinementCalibration}).
 * The score calibration is not refitted here: it is fitted on hard report tasks
 * ({@link ScoreCalibration}).
 * <pre>{@code
 * WeightTrainer.Weights w = WeightTrainer.fit(SimilarityModel.defaultModel(), english, russian);
 * SimilarityModel.writeWeights(w.weights(), w.refinement(), model.calibration(), "my weights", out);
 * }</pre>
 */
public final class WeightTrainer {
    private WeightTrainer() {
    }

    /**
     * Fitted weights.
     *
     * @param weights    bias first, then one per feature of {@link SimilarityModel#features(Span, Span)}
     * @param refinement bias first, then one per refinement feature
     */
    public record Weights(double[] weights, double[] refinement) {
    }

    /**
     * @param model   the model whose lexicon and analyzers score the pairs
     * @param english the English sentences of held-out pairs (not those the lexicon learned from)
     * @param russian their Russian translations, line by line
     * @return the fitted weights and refinement
     */
    public static Weights fit(SimilarityModel model, List<String> english, List<String> russian) {
        if (english.size() != russian.size() || english.size() < 2) {
            throw new IllegalArgumentException("expected two or more sentence pairs, got " + english.size() + " and "
                    + russian.size() + " sentences");
        }
        List<AnalyzedSentence> ea = english.stream().map(model.english()::analyze).toList();
        List<AnalyzedSentence> ra = russian.stream().map(model.russian()::analyze).toList();
        PairVocabulary v = model.vocabulary(ea, ra);
        List<Span> en = ea.stream().map(s -> v.english(List.of(s))).toList();
        List<Span> ru = ra.stream().map(s -> v.russian(List.of(s))).toList();
        Random random = new Random(42);
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            x.add(model.features(en.get(i), ru.get(i)));
            y.add(1);
            x.add(model.features(en.get(i), ru.get((i + 1) % ru.size())));
            y.add(0);
            int j = random.nextInt(ru.size());
            if (j != i) {
                x.add(model.features(en.get(i), ru.get(j)));
                y.add(0);
            }
        }
        double[] w = LogisticFit.fit(x.toArray(new double[0][]), y.stream().mapToInt(Integer::intValue).toArray(), 3000, 0.001);
        // the refinement is fitted on the same pairs, against their neighbours, on top of the base weights just fitted
        double[] refinement = RefinementCalibration.fit(new SimilarityModel(model.lexicon(), w), english, russian);
        return new Weights(w, refinement);
    }
}
