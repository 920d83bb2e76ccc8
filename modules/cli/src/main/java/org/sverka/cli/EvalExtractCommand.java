package org.sverka.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sverka.pipeline.eval.ExtractBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sverka eval extract DIR}: main-content extraction scored as WCXB scores it. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Scores web-page extraction on a folder in WCXB's layout (html/ID.html.gz, ground-truth/ID.json): "
                + "word F1 (lower-cased \\w+ tokens as a bag, mean over pages), precision, recall, snippet rates, "
                + "pages lost (recall under 0.1) and failed, per page type; then the held-out half alone.")
final class EvalExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "a folder in WCXB's layout, or the shared data folder holding wcxb-dev/")
    Path dir;

    @Option(names = "--check", paramLabel = "FILE",
            description = "fail when a figure passes a limit recorded in FILE (lines: key TAB min|max TAB limit)")
    Path check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return ExtractBenchmark.run(dir, check, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
