package org.sverka.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sverka.pipeline.lexicon.LexiconTraining;
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
        public Integer call() {
            LexiconTraining.calibrate(inputs, output, skip, spec.commandLine().getErr());
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
            LexiconTraining.importDictd(base, output, spec.commandLine().getErr());
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
        public Integer call() {
            LexiconTraining.train(inputs, output, iterations, minimum, perWord, limit, spec.commandLine().getErr());
            return 0;
        }
    }
}
