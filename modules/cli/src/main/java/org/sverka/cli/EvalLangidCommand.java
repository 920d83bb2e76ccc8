package org.sverka.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sverka.pipeline.eval.LangidBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sverka eval langid DATA}: sentence-level language accuracy on FLORES-200. */
@Command(name = "langid", mixinStandardHelpOptions = true,
        description = "Prints per-sentence language accuracy on DATA/flores200 (English and Russian devtest).")
final class EvalLangidCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATA", description = "the shared data folder (holds flores200/)")
    Path data;

    @Option(names = "--min", defaultValue = "0", paramLabel = "ACCURACY",
            description = "exit 1 when any accuracy is below this share, e.g. 0.995")
    double min;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return LangidBenchmark.run(data, min, spec.commandLine().getOut()) ? 0 : 1;
    }
}
