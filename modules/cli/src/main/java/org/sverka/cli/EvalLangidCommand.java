package org.sverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sverka.core.InputException;
import org.sverka.langid.LanguageAccuracy;
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
        Path dir = data.resolve("flores200");
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "no such folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean ok = true;
        for (String lang : new String[] {"en", "ru"}) {
            LanguageAccuracy.Result r = LanguageAccuracy.measure(Sverka.pipeline().languages(),
                    dir.resolve("flores200.devtest." + lang), lang);
            out.println("language accuracy " + r);
            r.confusions().forEach(c -> out.println("  detected " + c));
            ok &= r.accuracy() >= min;
        }
        out.flush();
        return ok ? 0 : 1;
    }
}
