package org.sverka.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sverka.pipeline.eval.CorpusBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sverka eval corpus DATA}: corpus-building throughput and the gain of --learn; a benchmark, not a test. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Writes the NTREX-128 documents one file per document and side, then measures: the alignment stage "
                + "alone (sentences/s, one thread), the whole corpus build from files with 1 and 2 threads (pairs/s, "
                + "sentences/s, peak heap), and how many kept beads are right (against the line-aligned gold) without and "
                + "with --learn.")
final class EvalCorpusCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATA", description = "the shared data folder")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CorpusBenchmark.run(data, spec.commandLine().getOut());
        return 0;
    }
}
