package org.sverka.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sverka.core.InputException;
import org.sverka.extract.Extractor;
import org.sverka.extract.eval.WcxbEvaluation;
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
    public Integer call() throws Exception {
        Path folder = Files.isDirectory(dir.resolve("wcxb-dev")) ? dir.resolve("wcxb-dev") : dir;
        if (!Files.isDirectory(folder.resolve("html")) || !Files.isDirectory(folder.resolve("ground-truth"))) {
            throw new InputException(folder.toString(), "is not in WCXB's layout (html/ and ground-truth/)");
        }
        Extractor extractor = Extractor.builder().build();
        WcxbEvaluation.Result all = WcxbEvaluation.run(folder, extractor);
        WcxbEvaluation.Result heldOut = new WcxbEvaluation.Result(all.pages().stream()
                .filter(p -> WcxbEvaluation.HELD_OUT.test(p.id())).toList());
        PrintWriter out = spec.commandLine().getOut();
        out.println("all pages:");
        out.print(all.report());
        out.println();
        out.println("held-out half (pages never looked at while tuning):");
        out.print(heldOut.report());
        out.flush();
        if (check == null) {
            return 0;
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String type : new String[] {"article", "documentation"}) {
            WcxbEvaluation.Result r = all.ofType(type);
            figures.put(type + ".f1", r.meanF1());
            figures.put(type + ".lost-share", r.pages().isEmpty() ? 1.0 : (double) r.lost() / r.pages().size());
            figures.put("held-out." + type + ".f1", heldOut.ofType(type).meanF1());
        }
        figures.put("failed", (double) all.failed());
        figures.forEach((k, v) -> spec.commandLine().getErr().printf(Locale.ROOT, "# %s = %.4f%n", k, v));
        return Floors.checkLimits(check, figures, spec.commandLine().getErr());
    }
}
