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
import org.sverka.pipeline.find.ArchiveIndexer;
import org.sverka.pipeline.find.ContentPairing;
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
        @Parameters(arity = "1..2", paramLabel = "PAIRS",
                description = "a manifest file or a folder of pairs; with --pair-by content, EN_DIR RU_DIR")
        List<Path> inputs;

        @Option(names = "--pair-by", defaultValue = "name", paramLabel = "name|content",
                description = "name (the default): PAIRS is a manifest or a folder of pairs matched by name; content: pair "
                        + "EN_DIR with RU_DIR one to one by what the documents say, write OUTDIR/pairs.tsv (a manifest to "
                        + "correct and feed back with --allow-outside) and OUTDIR/pairing.tsv (scores, confidence, unpaired "
                        + "documents with their best candidate), then build the corpus from the pairs")
        String pairBy;

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
            boolean byContent = pairBy.equals("content");
            if (!byContent && !pairBy.equals("name")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown --pair-by '" + pairBy + "': use name or content");
            }
            if (inputs.size() != (byContent ? 2 : 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(), byContent
                        ? "--pair-by content takes two folders: EN_DIR RU_DIR" : "give one manifest or folder of pairs "
                        + "(two folders to pair by what they say: --pair-by content EN_DIR RU_DIR)");
            }
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
            Path pairs = byContent ? null : inputs.get(0);
            List<PairSource> sources = byContent ? pairByContent(sverka, n) : Manifest.read(pairs, allowOutside);
            if (sources.isEmpty()) {
                spec.commandLine().getErr().println("sverka: no pairs were found by content; nothing to build");
                spec.commandLine().getErr().flush();
                return 1;
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

        /** Pairs EN_DIR with RU_DIR by content, writes pairs.tsv and pairing.tsv, says what was left over. */
        private List<PairSource> pairByContent(Sverka sverka, int n) {
            ContentPairing.Result r;
            ContentPairing.refuseOverlap(output, inputs.get(0), inputs.get(1));
            try {
                r = sverka.contentPairing(n).pair(inputs.get(0), inputs.get(1));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            r.write(output.resolve("pairs.tsv"), output.resolve("pairing.tsv"));
            PrintWriter err = spec.commandLine().getErr();
            for (ArchiveIndexer.Failure f : r.failed()) {
                err.println("sverka: " + f.file() + ": " + f.cause());
            }
            for (ContentPairing.Unpaired u : r.unpaired()) {
                err.printf(Locale.ROOT, "sverka: unpaired %s document %s; best candidate: %s%n", u.language().equals("en")
                        ? "English" : "Russian", u.path(), u.best().isEmpty() ? "none"
                        : String.format(Locale.ROOT, "%s (score %.3f)", u.best(), u.bestScore()));
            }
            long unsure = r.pairs().stream().filter(p -> p.confidence() < 0.2).count();
            err.printf(Locale.ROOT, "sverka: paired by content (optimal assignment): %d pairs (%d with confidence under 0.2), "
                            + "%d documents unpaired, %d failed, in %.1f s; wrote %s and %s%n",
                    r.pairs().size(), unsure, r.unpaired().size(), r.failed().size(), r.seconds(), output.resolve("pairs.tsv"),
                    output.resolve("pairing.tsv"));
            err.flush();
            List<PairSource> out = new java.util.ArrayList<>();
            for (ContentPairing.Pair p : r.pairs()) {
                out.add(new PairSource(p.id(), p.english(), p.russian()));
            }
            return out;
        }
    }
}
