package org.sverka.pipeline.lexicon;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.sverka.align.lexicon.DictdImporter;
import org.sverka.align.lexicon.Ibm1TextTraining;
import org.sverka.align.lexicon.LexiconFiles;
import org.sverka.align.model.WeightTrainer;
import org.sverka.align.text.TextAnalyzer;
import org.sverka.core.InputException;
import org.sverka.pipeline.AtomicOutput;

/**
 * The trainers behind {@code sverka lexicon}: a dictd dictionary turned into a lexicon, IBM Model 1
 * learned from sentence pairs, and the similarity model's weights fitted on held-out pairs. The
 * trainers themselves live beside what they train in the align module ({@link DictdImporter},
 * {@link Ibm1TextTraining}, {@link WeightTrainer}); this class reads the inputs, calls them and
 * writes the results atomically.
 * <pre>{@code
 * LexiconTraining.train(List.of(Path.of("my-corpus.tsv")), Path.of("my-lexicon.tsv"), 5, 0.02, 8, 0, err);
 * }</pre>
 */
public final class LexiconTraining {
    private LexiconTraining() {
    }

    /**
     * Fits the weights of the similarity model on held-out sentence pairs against mismatched pairs,
     * and the word-alignment refinement on top of them.
     *
     * @param inputs x.tsv, or x.en x.ru
     * @param output the weights file to write
     * @param skip   pairs left out at the start of each input (they trained the lexicon)
     * @param err    where the weights are reported
     */
    public static void calibrate(List<Path> inputs, Path output, int skip, PrintWriter err) {
        List<String[]> all = ParallelText.read(inputs, 0);
        List<String[]> pairs = all.subList(Math.min(skip, all.size()), all.size());
        org.sverka.align.model.SimilarityModel model = org.sverka.align.model.SimilarityModel.defaultModel();
        WeightTrainer.Weights fitted;
        try {
            fitted = WeightTrainer.fit(model, pairs.stream().map(p -> p[0]).toList(), pairs.stream().map(p -> p[1]).toList());
        } catch (IllegalArgumentException e) {
            throw new InputException(inputs.get(0).toString(), e.getMessage());
        }
        double[] w = fitted.weights();
        double[] refinement = fitted.refinement();
        // the score calibration (fitted on hard report tasks by align's ScoreCalibrationRun) is carried over;
        // refit it after new weights, as the README's lexicon section says
        AtomicOutput.write(output, out -> org.sverka.align.model.SimilarityModel.writeWeights(w, refinement,
                model.calibration(), "sverka similarity weights: bias, coverage_en, coverage_ru, coverage_min, length, numbers_agree, "
                        + "numbers_differ; refinement from a one-to-one word alignment; fitted on " + pairs.size()
                        + " held-out pairs", out));
        err.printf("sverka: weights %s, refinement %s written to %s%n", java.util.Arrays.toString(w),
                java.util.Arrays.toString(refinement), output);
    }

    /**
     * Turns an English-Russian dictd dictionary into a lexicon file.
     *
     * @param base   the dictionary path without extension (BASE.index, BASE.dict.dz)
     * @param output the lexicon to write (.tsv or .tsv.gz)
     * @param err    where the count is reported
     */
    public static void importDictd(Path base, Path output, PrintWriter err) {
        org.sverka.pipeline.OutputGuard.refuseOverlap(List.of(Path.of(base + ".index"), Path.of(base + ".dict.dz"),
                Path.of(base + ".dict")), List.of(output));
        List<DictdImporter.Pair> pairs = DictdImporter.read(base, TextAnalyzer.english(), TextAnalyzer.russian());
        AtomicOutput.write(output, out -> LexiconFiles.writeDictionary(pairs, out, output.toString().endsWith(".gz")));
        err.printf("sverka: %d stem pairs from %s written to %s%n", pairs.size(), base, output);
    }

    /**
     * Learns translation probabilities (IBM Model 1, both directions) from sentence pairs.
     *
     * @param inputs     TSV or TMX files, or x.en x.ru pairs
     * @param output     the lexicon to write (.tsv or .tsv.gz)
     * @param iterations rounds of EM
     * @param minimum    smallest probability kept
     * @param perWord    most translations kept for a word
     * @param limit      most pairs read from each input, 0 for all
     * @param err        where the counts are reported
     */
    public static void train(List<Path> inputs, Path output, int iterations, double minimum, int perWord, int limit,
                             PrintWriter err) {
        org.sverka.pipeline.OutputGuard.refuseOverlap(inputs, List.of(output));
        List<String[]> pairs = ParallelText.read(inputs, limit);
        if (pairs.isEmpty()) {
            throw new InputException(inputs.get(0).toString(), "no sentence pairs to learn from");
        }
        Ibm1TextTraining.Result learned = Ibm1TextTraining.train(pairs, iterations);
        int[] written = new int[1];
        AtomicOutput.write(output, out -> written[0] = LexiconFiles.writeProbabilities(learned.table(), learned.englishContent(),
                learned.russianContent(),
                minimum, perWord, out, output.toString().endsWith(".gz")));
        err.printf("sverka: learned from %d sentence pairs; %d stem pairs written to %s%n", learned.pairs(), written[0], output);
    }
}
