package org.sverka.align.eval;

import java.util.List;
import java.util.Locale;
import org.sverka.align.model.PairVocabulary;
import org.sverka.align.model.SimilarityModel;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.align.model.Span;

/**
 * How often the true translation scores highest among all sentences of the same document: the
 * similarity model alone, without any aligner (UN devset: up to 12 segments a document).
 */
public final class RankingEvaluation {
    private RankingEvaluation() {
    }

    /**
     * @param total     English sentences ranked
     * @param first     those whose translation ranked first
     * @param documents documents
     */
    public record Result(int total, int first, int documents) {
        /** @return first / total */
        public double accuracy() {
            return total == 0 ? 0 : (double) first / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d sentences in %d documents, true translation first for %d (%.2f%%)",
                    total, documents, first, 100 * accuracy());
        }
    }

    /**
     * @param documents documents whose line i translates line i
     * @param model     the similarity model
     * @return the ranking accuracy
     */
    public static Result run(List<ParallelDocument> documents, SimilarityModel model) {
        int total = 0;
        int first = 0;
        for (ParallelDocument d : documents) {
            if (d.size() < 2) {
                continue;
            }
            List<AnalyzedSentence> ea = d.english().stream().map(model.english()::analyze).toList();
            List<AnalyzedSentence> ra = d.russian().stream().map(model.russian()::analyze).toList();
            PairVocabulary v = model.vocabulary(ea, ra);
            List<Span> en = ea.stream().map(s -> v.english(List.of(s))).toList();
            List<Span> ru = ra.stream().map(s -> v.russian(List.of(s))).toList();
            for (int i = 0; i < en.size(); i++) {
                double truth = model.logit(en.get(i), ru.get(i));
                boolean best = true;
                for (int j = 0; j < ru.size() && best; j++) {
                    best = j == i || model.logit(en.get(i), ru.get(j)) < truth;
                }
                total++;
                first += best ? 1 : 0;
            }
        }
        return new Result(total, first, (int) documents.stream().filter(d -> d.size() >= 2).count());
    }
}
