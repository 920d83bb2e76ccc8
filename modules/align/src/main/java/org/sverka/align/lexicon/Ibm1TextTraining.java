package org.sverka.align.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.align.text.TextAnalyzer;

/**
 * IBM Model 1 learned from sentence pairs as text: each side analysed into stems, the table trained
 * in both directions ({@link Ibm1Trainer}), and the content stems of each side kept, as only those
 * enter a lexicon ({@link LexiconFiles#writeProbabilities}).
 * <pre>{@code
 * Ibm1TextTraining.Result r = Ibm1TextTraining.train(List.of(new String[] {"The talks ended.", "Переговоры завершились."}), 5);
 * LexiconFiles.writeProbabilities(r.table(), r.englishContent(), r.russianContent(), 0.02, 8, out, false);
 * }</pre>
 */
public final class Ibm1TextTraining {
    private Ibm1TextTraining() {
    }

    /**
     * What training gave.
     *
     * @param table          the translation probabilities, both directions
     * @param englishContent the English content stems seen
     * @param russianContent the Russian content stems seen
     * @param pairs          sentence pairs learned from
     */
    public record Result(Ibm1Trainer.Table table, Set<String> englishContent, Set<String> russianContent, int pairs) {
    }

    /**
     * @param pairs      sentence pairs, English first
     * @param iterations rounds of EM
     * @return the table and the content stems
     */
    public static Result train(List<String[]> pairs, int iterations) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no sentence pairs to learn from");
        }
        TextAnalyzer en = TextAnalyzer.english();
        TextAnalyzer ru = TextAnalyzer.russian();
        List<Ibm1Trainer.SentencePair> training = new ArrayList<>();
        Set<String> enContent = new HashSet<>();
        Set<String> ruContent = new HashSet<>();
        for (String[] p : pairs) {
            AnalyzedSentence a = en.analyze(p[0]);
            AnalyzedSentence b = ru.analyze(p[1]);
            enContent.addAll(a.stems());
            ruContent.addAll(b.stems());
            training.add(new Ibm1Trainer.SentencePair(a.allStems(), b.allStems()));
        }
        return new Result(Ibm1Trainer.train(training, iterations), enContent, ruContent, training.size());
    }
}
