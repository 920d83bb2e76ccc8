package org.sverka.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sverka.pipeline.eval.FindBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sverka eval find DATA}: finding originals and pairing folders by content. */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = "Indexes every Russian document of DATA/ntrex128, DATA/flores200 and DATA/un-devset, searches it with their "
                + "English documents (full) and report-style versions of them (report; seeded), and prints top-1 accuracy and "
                + "mean reciprocal rank per query kind and corpus; then pairs both sides, written as files under shuffled names, "
                + "by content and prints the pairing's precision and recall.")
final class EvalFindCommand implements Callable<Integer> {
    @Mixin
    FindBenchmarkOptions common;

    @Option(names = "--seed", defaultValue = "2026", description = "report generator and file name seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--no-pairing", description = "skip the pairing measurement")
    boolean noPairing;

    @Option(names = "--no-search", description = "skip the search measurement (measure the pairing only)")
    boolean noSearch;

    @Option(names = "--half", defaultValue = "all", paramLabel = "all|even|odd",
            description = "query with the documents of even or odd position in their corpus only (the pool stays whole; "
                    + "tune on one half, report the other as held out); default: ${DEFAULT-VALUE}")
    String half;

    @Option(names = "--features", paramLabel = "FILE",
            description = "write every query's assessed candidates with the evidence the rerank score combines (TSV)")
    Path features;

    @Option(names = "--sample", defaultValue = "0", paramLabel = "N",
            description = "query with a seeded sample of N documents only (the pool stays whole) and pair only their two sides; "
                    + "0 for all (default)")
    int sample;

    @Option(names = "--check", paramLabel = "FILE",
            description = "fail when a figure is more than 0.003 below the one recorded in FILE (lines: key TAB figure)")
    Path check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return common.run(spec, threads -> new FindBenchmark(common.data, seed, new FindBenchmark.Options(threads, !noSearch,
                !noPairing, sample, half, common.showMisses, features, check))
                .run(spec.commandLine().getOut(), spec.commandLine().getErr()));
    }
}
