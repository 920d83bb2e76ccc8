package org.sverka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sverka.pipeline.Sverka;
import org.sverka.pipeline.corpus.CorpusBuilder;
import org.sverka.pipeline.corpus.CorpusStats;
import org.sverka.pipeline.corpus.Manifest;
import org.sverka.pipeline.corpus.PairSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sverka corpus build PAIRS -o OUTDIR}: many pairs into one parallel corpus. */
@Command(name = "corpus", mixinStandardHelpOptions = true, description = "Builds parallel corpora.",
        subcommands = {CorpusCommand.Build.class})
final class CorpusCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a corpus command: build");
    }

    /** {@code sverka corpus build}. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Aligns every pair of a manifest (TSV: id, English path, Russian path) or a folder (x.en.EXT with "
                    + "x.ru.EXT, or en/x with ru/x) on all cores and writes OUTDIR/corpus.tmx, corpus.en and corpus.ru, "
                    + "corpus.tsv, corpus.jsonl, corpus.parquet, stats.json and report.html. Resumable; failed pairs are skipped with their reason.")
    static final class Build implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PAIRS", description = "a manifest file or a folder of pairs")
        Path pairs;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR", description = "the output folder")
        Path output;

        @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
        Integer threads;

        @Option(names = "--resume", description = "continue an interrupted run in OUTDIR")
        boolean resume;

        @Option(names = "--strict", description = "fail the run at the first pair that fails")
        boolean strict;

        @Option(names = "--learn", description = "first learn word pairs from the confident beads of the whole corpus, then align again")
        boolean learn;

        @Option(names = "--threshold", defaultValue = "0.85", paramLabel = "SCORE",
                description = "lowest score kept (default: ${DEFAULT-VALUE}, link precision 0.98 on the hard benchmark family)")
        double threshold;

        @Option(names = "--max-length-ratio", defaultValue = "3.0", paramLabel = "R",
                description = "largest ratio of the longer side's length to the shorter's (default: ${DEFAULT-VALUE})")
        double maxLengthRatio;

        @Option(names = "--allow-outside", description = "let the manifest name documents outside its own folder "
                + "(absolute paths, .., links out); by default they are refused")
        boolean allowOutside;

        @Option(names = "--keep-boilerplate", description = "keep what extraction drops as page furniture")
        boolean keepBoilerplate;

        @Option(names = "--mode", defaultValue = "auto",
                description = "the aligner, as for align: auto (the default), parallel, report or length")
        String mode;

        @Option(names = "--lexicon", paramLabel = "FILE", description = "a lexicon of one's own, laid over the default one")
        Path lexicon;

        @CommandLine.Mixin
        LimitOptions limitOptions;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<PairSource> sources = Manifest.read(pairs, allowOutside);
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (n < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
            }
            Sverka sverka;
            try {
                sverka = Sverka.aligner().mode(mode).lexicon(lexicon).limits(limitOptions.limits())
                        .keepBoilerplate(keepBoilerplate).build();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            CorpusBuilder builder = sverka.corpusBuilder(new CorpusBuilder.Options(n, resume, strict, learn, threshold, maxLengthRatio));
            PrintWriter err = spec.commandLine().getErr();
            ProgressReporter progress = new ProgressReporter(err, System.console() != null);
            Thread onInterrupt = new Thread(() -> {
                progress.abandon();
                err.println();
                err.println(progress.interruptedLine());
                err.flush();
            }, "sverka-interrupted");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            CorpusStats s;
            try {
                s = builder.build(pairs, sources, output, progress);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already stopping: the hook runs and says how far the run got
                }
            }
            err.printf(Locale.ROOT, "sverka: %d of %d pairs aligned (%d failed), %,d beads kept of %,d matched, %.1f pairs/s; wrote %s%n",
                    s.pairsDone(), s.pairs(), s.failures().size(), s.beadsKept(), s.beadsMatched(), s.pairsPerSecond(), output);
            if (s.learning() != null) {
                err.printf(Locale.ROOT, "sverka: learning: %,d word pairs; beads kept %,d -> %,d, mean score %.3f -> %.3f%n",
                        s.learning().wordPairs(), s.learning().firstPass().beads(), s.beadsKept(),
                        s.learning().firstPass().meanScore(), s.meanScore());
            }
            err.flush();
            return 0;
        }
    }
}
