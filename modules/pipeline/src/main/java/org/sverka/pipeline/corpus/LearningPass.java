package org.sverka.pipeline.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sverka.align.AdaptiveAligner;
import org.sverka.align.lexicon.Lexicon;
import org.sverka.align.lexicon.LexiconAdaptation;
import org.sverka.align.model.SimilarityModel;
import org.sverka.pipeline.AtomicOutput;

/**
 * The learning pass of {@code corpus build --learn}: word pairs learned (IBM Model 1, through the
 * align module's {@link LexiconAdaptation}) from the confident beads of the whole corpus's first
 * pass, written to {@code OUT/learned-lexicon.tsv} and laid over the model's lexicon for the second
 * pass. On resume the written lexicon is read back instead of learning again.
 * <pre>{@code
 * LearningPass pass = new LearningPass(model, out.resolve("learned-lexicon.tsv"));
 * Lexicon learned = pass.learn(firstPassResults);
 * SimilarityModel second = pass.over(learned);
 * }</pre>
 */
final class LearningPass {
    private final SimilarityModel model;
    private final Path file;

    /**
     * @param model the first pass's model
     * @param file  where the learned word pairs are kept
     */
    LearningPass(SimilarityModel model, Path file) {
        this.model = model;
        this.file = file;
    }

    /** @return true when an earlier run of this corpus already learned and wrote its word pairs */
    boolean learnedBefore() {
        return Files.isRegularFile(file);
    }

    /** @return the word pairs an earlier run wrote */
    Lexicon readLearned() {
        return Lexicon.builder().addFile(file).build();
    }

    /**
     * Learns from the confident beads and writes the word pairs.
     *
     * @param results the first pass's results
     * @return the learned word pairs
     */
    Lexicon learn(List<PairResult> results) {
        List<LexiconAdaptation.Pair> confident = new ArrayList<>();
        for (PairResult r : results) {
            for (CorpusBead b : r.beads()) {
                if (b.score() >= AdaptiveAligner.CONFIDENT) {
                    confident.add(new LexiconAdaptation.Pair(List.of(model.english().analyze(b.en())),
                            List.of(model.russian().analyze(b.ru()))));
                }
            }
        }
        Lexicon learned = LexiconAdaptation.learn(confident, 0.2);
        AtomicOutput.write(file, o -> {
            StringBuilder sb = new StringBuilder("# word pairs learned from the confident beads of this corpus: en-stem, ru-stem, weight\n");
            learned.forEachPair((en, ru, w) -> sb.append(en).append('\t').append(ru).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f", w)).append('\n'));
            o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        });
        return learned;
    }

    /**
     * @param learned word pairs
     * @return the model with them laid over its lexicon
     */
    SimilarityModel over(Lexicon learned) {
        return model.withLexicon(model.lexicon().with(learned));
    }

    /**
     * @param results a pass's results
     * @param filters the corpus filters
     * @return how many beads the filters keep and their mean score
     */
    static CorpusStats.Kept kept(List<PairResult> results, BeadFilters filters) {
        int kept = 0;
        double sum = 0;
        for (PairResult r : results) {
            for (CorpusBead b : r.beads()) {
                if (filters.accept(b)) {
                    kept++;
                    sum += b.score();
                }
            }
        }
        return new CorpusStats.Kept(kept, kept == 0 ? 0 : sum / kept);
    }
}
