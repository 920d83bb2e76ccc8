package org.sverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sverka.pipeline.Sverka;
import org.sverka.pipeline.find.ArchiveIndexer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sverka index build|add}: an index of originals to find reports' sources in. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Builds and extends an index of originals for 'sverka find'.",
        subcommands = {IndexCommand.Build.class, IndexCommand.Add.class})
final class IndexCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name an index command: build or add");
    }

    /** What both subcommands take. */
    abstract static class Run implements Callable<Integer> {
        @Option(names = "--threads", paramLabel = "N", description = "documents read at once (default: all cores)")
        Integer threads;

        @Option(names = "--keep-boilerplate", description = "keep what extraction drops as page furniture")
        boolean keepBoilerplate;

        @CommandLine.Mixin
        LimitOptions limitOptions;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        ArchiveIndexer indexer() {
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (n < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
            }
            return Sverka.aligner().limits(limitOptions.limits()).keepBoilerplate(keepBoilerplate).build().indexer(n);
        }

        /** Prints the failures and the counts; 1 when a document failed. */
        int report(ArchiveIndexer.Summary s, Path index) {
            PrintWriter err = spec.commandLine().getErr();
            for (ArchiveIndexer.Failure f : s.failed()) {
                err.println("sverka: " + f.file() + ": " + f.cause());
            }
            err.printf(Locale.ROOT, "sverka: %,d documents: %,d added, %,d replaced (changed), %,d unchanged, %,d failed, in %.1f s; "
                            + "%s holds %,d Russian and %,d English documents%n", s.total(), s.added(), s.replaced(),
                    s.unchanged(), s.failed().size(), s.seconds(), index, s.russian(), s.english());
            err.flush();
            return s.failed().isEmpty() ? 0 : 1;
        }
    }

    /** {@code sverka index build DIR... -o INDEX}. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Reads documents in any supported format (extraction, language, segmentation as for align) into a new "
                    + "index: per document its language, stemmed words, name keys, numbers and sentences. A document that fails "
                    + "is named on standard error and the rest are indexed (exit code 1).")
    static final class Build extends Run {
        @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "documents and folders of documents (read recursively)")
        List<Path> inputs;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "INDEX", description = "the index folder: new or empty")
        Path output;

        @Override
        public Integer call() throws IOException {
            return report(indexer().build(output, inputs), output);
        }
    }

    /** {@code sverka index add INDEX FILE|DIR...}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds documents to an index. A document is known by its path and content: one indexed before with "
                    + "the same content is skipped, one whose content changed is replaced.")
    static final class Add extends Run {
        @Parameters(index = "0", paramLabel = "INDEX", description = "an index built by 'sverka index build'")
        Path index;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE|DIR", description = "documents and folders of documents")
        List<Path> inputs;

        @Override
        public Integer call() throws IOException {
            return report(indexer().addTo(index, inputs), index);
        }
    }
}
