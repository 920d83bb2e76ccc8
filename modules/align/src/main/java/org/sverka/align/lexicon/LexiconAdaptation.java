package org.sverka.align.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sverka.align.text.AnalyzedSentence;

/**
 * Learns word pairs from sentence pairs that an aligner has already matched with confidence
 * (IBM Model 1, both directions) and returns them as a lexicon to lay over the one used: the
 * re-estimation step of a second alignment pass.
 * <pre>{@code
 * Lexicon learned = LexiconAdaptation.learn(confidentPairs, 0.1);
 * SimilarityModel second = SimilarityModel.withLexicon(Lexicon.defaultLexicon().with(learned));
 * }</pre>
 */
public final class LexiconAdaptation {
    private static final int ITERATIONS = 5;

    private LexiconAdaptation() {
    }

    /**
     * A matched pair of analysed sentences (or spans).
     *
     * @param english the English side
     * @param russian the Russian side
     */
    public record Pair(List<AnalyzedSentence> english, List<AnalyzedSentence> russian) {
    }

    /**
     * @param pairs   confident matches
     * @param minimum smallest probability (either direction) for a pair to be kept
     * @return the learned pairs of content stems
     */
    public static Lexicon learn(List<Pair> pairs, double minimum) {
        List<Ibm1Trainer.SentencePair> training = new ArrayList<>();
        Set<String> enContent = new HashSet<>();
        Set<String> ruContent = new HashSet<>();
        for (Pair p : pairs) {
            List<String> en = new ArrayList<>();
            List<String> ru = new ArrayList<>();
            p.english().forEach(s -> {
                en.addAll(s.allStems());
                enContent.addAll(s.stems());
            });
            p.russian().forEach(s -> {
                ru.addAll(s.allStems());
                ruContent.addAll(s.stems());
            });
            training.add(new Ibm1Trainer.SentencePair(en, ru));
        }
        Lexicon.Builder b = Lexicon.builder();
        if (training.isEmpty()) {
            return b.build();
        }
        Ibm1Trainer.Table table = Ibm1Trainer.train(training, ITERATIONS);
        for (Map.Entry<String, Map<String, Double>> row : table.forward().entrySet()) {
            String en = row.getKey();
            if (!enContent.contains(en)) {
                continue;
            }
            for (Map.Entry<String, Double> t : row.getValue().entrySet()) {
                String ru = t.getKey();
                if (!ruContent.contains(ru)) {
                    continue;
                }
                double back = table.backward().getOrDefault(ru, Map.of()).getOrDefault(en, 0.0);
                if (Math.max(t.getValue(), back) >= minimum) {
                    b.add(en, ru, Lexicon.learnedWeight(t.getValue(), back));
                }
            }
        }
        return b.build();
    }
}
