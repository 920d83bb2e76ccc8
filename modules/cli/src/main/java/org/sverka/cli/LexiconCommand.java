package org.sverka.cli;

import org.sverka.pipeline.AtomicOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sverka.align.lexicon.DictdImporter;
import org.sverka.align.lexicon.Ibm1Trainer;
import org.sverka.align.lexicon.LexiconFiles;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.align.text.TextAnalyzer;
import org.sverka.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sverka lexicon}: build lexicons from dictionaries and from parallel text. */
@Command(name = "lexicon", mixinStandardHelpOptions = true, description = "Builds English–Russian lexicons.",
        subcommands = {LexiconCommand.ImportDictd.class, LexiconCommand.Train.class, LexiconCommand.Calibrate.class})
final class LexiconCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a lexicon command: import-dictd, train or calibrate");
    }

    /** {@code sverka lexicon calibrate PAIRS -o FILE}. */
    @Command(name = "calibrate", mixinStandardHelpOptions = true,
            description = "Fits the weights of the similarity model on held-out sentence pairs (not used for training) "
                    + "against mismatched pairs, so that its score is a probability.")
    static final class Calibrate implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "PAIRS", description = "x.tsv, or x.en x.ru")
        List<Path> inputs;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the weights file to write")
        Path output;

        @Option(names = "--skip", defaultValue = "0", description = "leave out the first N pairs of each input (they trained the lexicon)")
        int skip;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
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
            AtomicOutput.write(output, out -> org.sverka.align.model.SimilarityModel.writeWeights(w, refinement,
                    "sverka similarity weights: bias, coverage_en, coverage_ru, coverage_min, length, numbers_agree, "
                            + "numbers_differ; refinement from a one-to-one word alignment; fitted on " + pairs.size()
                            + " held-out pairs", out));
            spec.commandLine().getErr().printf("sverka: weights %s, refinement %s written to %s%n", java.util.Arrays.toString(w),
                    java.util.Arrays.toString(refinement), output);
            return 0;
        }
    }

    /** {@code sverka lexicon import-dictd BASE -o FILE}. */
    @Command(name = "import-dictd", mixinStandardHelpOptions = true,
            description = "Turns an English-Russian dictd dictionary (BASE.index and BASE.dict.dz) into a lexicon file.")
    static final class ImportDictd implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "BASE", description = "the dictionary path without extension")
        Path base;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the lexicon to write (.tsv or .tsv.gz)")
        Path output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            org.sverka.pipeline.OutputGuard.refuseOverlap(List.of(Path.of(base + ".index"), Path.of(base + ".dict.dz"),
                    Path.of(base + ".dict")), List.of(output));
            List<DictdImporter.Pair> pairs = DictdImporter.read(base, TextAnalyzer.english(), TextAnalyzer.russian());
            AtomicOutput.write(output, out -> LexiconFiles.writeDictionary(pairs, out, output.toString().endsWith(".gz")));
            spec.commandLine().getErr().printf("sverka: %d stem pairs from %s written to %s%n", pairs.size(), base, output);
            return 0;
        }
    }

    /** {@code sverka lexicon train PAIRS -o FILE}. */
    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Learns translation probabilities (IBM Model 1, both directions) from sentence pairs: "
                    + "TSV files (English TAB Russian a line), TMX files, or line-aligned pairs of files given as EN RU.")
    static final class Train implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "PAIRS", description = "x.tsv, x.tmx, or x.en x.ru (files ending in .en/.ru pair up)")
        List<Path> inputs;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the lexicon to write (.tsv or .tsv.gz)")
        Path output;

        @Option(names = "--iterations", defaultValue = "5", description = "rounds of EM (default: ${DEFAULT-VALUE})")
        int iterations;

        @Option(names = "--min-probability", defaultValue = "0.02", description = "smallest probability kept (default: ${DEFAULT-VALUE})")
        double minimum;

        @Option(names = "--per-word", defaultValue = "8", description = "most translations kept for a word (default: ${DEFAULT-VALUE})")
        int perWord;

        @Option(names = "--limit", defaultValue = "0", description = "read at most this many pairs from each input (0: all)")
        int limit;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
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
            PrintWriter err = spec.commandLine().getErr();
            err.printf("sverka: learned from %d sentence pairs; %d stem pairs written to %s%n", training.size(), written[0], output);
            return 0;
        }
    }
}
