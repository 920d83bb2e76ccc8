package org.sverka.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sverka.pipeline.eval.FindScaleBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sverka eval find-scale DATA}: index build and find at the scale of an archive; a benchmark, not a test. */
@Command(name = "find-scale", mixinStandardHelpOptions = true,
        description = "Writes an archive of synthetic Russian text files (the Russian documents of DATA/ntrex128, "
                + "DATA/flores200 and DATA/un-devset planted among documents of sentences drawn from other Russian text; seeded), "
                + "indexes it as index build does, and searches it with the English documents of a sample of the planted "
                + "ones and report-style versions of them, one query at a time; prints build time, documents/s, size on disk, "
                + "query latency (median and 95th percentile) of the first stage and of the whole find, top-1 accuracy, MRR, "
                + "and peak memory.")
final class EvalFindScaleCommand implements Callable<Integer> {
    @Mixin
    FindBenchmarkOptions common;

    @Option(names = "--documents", defaultValue = "100000", paramLabel = "N",
            description = "documents in the archive, the planted ones included (default: ${DEFAULT-VALUE})")
    int documents;

    @Option(names = "--queries", defaultValue = "100", paramLabel = "N",
            description = "planted documents searched for, each by its full English document and a report of it "
                    + "(default: ${DEFAULT-VALUE}, so 200 queries)")
    int queries;

    @Option(names = "--seed", defaultValue = "14", description = "the archive's, the sample's and the reports' seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "write the archive and the index into DIR (new or empty) and keep them; a DIR kept by an earlier run "
                    + "with the same --documents and --seed is searched again without rebuilding; by default a temporary "
                    + "folder is used and removed")
    Path keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return common.run(spec, threads -> new FindScaleBenchmark(common.data, documents, queries, seed, threads, keep,
                common.showMisses).run(spec.commandLine().getOut(), spec.commandLine().getErr()));
    }
}
