package org.sverka.pipeline.lexicon;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sverka.align.lexicon.DictdImporter;
import org.sverka.align.lexicon.Ibm1Trainer;
import org.sverka.align.lexicon.LexiconFiles;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.align.text.TextAnalyzer;
import org.sverka.core.InputException;
import org.sverka.pipeline.AtomicOutput;

/**
 * The trainers behind {@code sverka lexicon}: a dictd dictionary turned into a lexicon, IBM Model 1
 * learned from sentence pairs, and the similarity model's weights fitted on held-out pairs. Their
 * learning steps belong to the align module (its lexicon and model packages); this class reads the
 * inputs, calls them and writes the results atomically.
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
        List<AnalyzedSentence> ea = pairs.stream().map(p -> model.english().analyze(p[0])).toList();
        List<AnalyzedSentence> ra = pairs.stream().map(p -> model.russian().analyze(p[1])).toList();
        org.sverka.align.model.PairVocabulary v = model.vocabulary(ea, ra);
        List<org.sverka.align.model.Span> en = ea.stream().map(s -> v.english(List.of(s))).toList();
        List<org.sverka.align.model.Span> ru = ra.stream().map(s -> v.russian(List.of(s))).toList();
        java.util.Random random = new java.util.Random(42);
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
        double[] w = org.sverka.align.model.LogisticFit.fit(x.toArray(new double[0][]),
                y.stream().mapToInt(Integer::intValue).toArray(), 3000, 0.001);
        // the refinement (word-alignment rescoring) is fitted on the same held-out pairs, against their
        // neighbours in the document, on top of the base weights just fitted
        double[] refinement = org.sverka.align.model.RefinementCalibration.fit(
                new org.sverka.align.model.SimilarityModel(model.lexicon(), w),
                pairs.stream().map(p -> p[0]).toList(), pairs.stream().map(p -> p[1]).toList());
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
        if (training.isEmpty()) {
            throw new InputException(inputs.get(0).toString(), "no sentence pairs to learn from");
        }
        Ibm1Trainer.Table table = Ibm1Trainer.train(training, iterations);
        int[] written = new int[1];
        AtomicOutput.write(output, out -> written[0] = LexiconFiles.writeProbabilities(table, enContent, ruContent,
                minimum, perWord, out, output.toString().endsWith(".gz")));
        err.printf("sverka: learned from %d sentence pairs; %d stem pairs written to %s%n", training.size(), written[0], output);
    }
}
