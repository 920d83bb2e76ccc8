package org.sverka.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sverka.pipeline.eval.SpeedBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sverka eval speed DATA}: how fast the aligners run, after JVM warm-up; a benchmark, not a test. */
@Command(name = "speed", mixinStandardHelpOptions = true,
        description = "Times parallel mode on the 1,997 NTREX sentence pairs as one document, and report mode on a "
                + "40-sentence report against a 200-sentence source (median of repeated runs after warm-up, one thread); "
                + "with --large, aligns 10,000 sentences a side and prints the peak heap.")
final class EvalSpeedCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATA", description = "the shared data folder")
    Path data;

    @Option(names = "--large", description = "also align 10,000 sentences a side (run with -Xmx512m to check the memory claim)")
    boolean large;

    @Option(names = "--check", paramLabel = "FILE",
            description = "limits to check (key TAB min|max TAB limit, e.g. benchmarks/speed.tsv); exit 1 when one is broken")
    Path check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return SpeedBenchmark.run(data, large, check, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
