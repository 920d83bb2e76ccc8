package org.sverka.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sverka.pipeline.eval.SegmentBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sverka eval segment DIR}: the English Golden Rules and OpenCorpora by razdel's protocol. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Scores sentence segmentation: the English Golden Rules (exact sentence lists) and OpenCorpora "
                + "(errors per 1000 boundaries, razdel's protocol), with the published figures of peers.")
final class EvalSegmentCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR",
            description = "the segmentation data folder, or the shared data folder that holds it as segmentation/")
    Path dir;

    @Option(names = "--check", paramLabel = "FILE",
            description = "fail when a figure passes a limit recorded in FILE (lines: key TAB min|max TAB limit)")
    Path check;

    @Option(names = "--failures", defaultValue = "false", description = "also list every failing case")
    boolean failures;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return SegmentBenchmark.run(dir, failures, check, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
