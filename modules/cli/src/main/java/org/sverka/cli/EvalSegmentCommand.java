package org.sverka.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sverka.core.InputException;
import org.sverka.segment.eval.SegmentationBenchmark;
import org.sverka.segment.eval.SegmentationBenchmarkResult;
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
    public Integer call() throws Exception {
        Path folder = Files.isDirectory(dir.resolve("segmentation")) ? dir.resolve("segmentation") : dir;
        if (!Files.isRegularFile(folder.resolve(SegmentationBenchmark.GOLDEN_RULES))) {
            throw new InputException(folder.toString(), "holds no " + SegmentationBenchmark.GOLDEN_RULES);
        }
        SegmentationBenchmarkResult r = SegmentationBenchmark.run(folder);
        PrintWriter out = spec.commandLine().getOut();
        String report = r.report();
        out.print(failures ? report : report.substring(0, report.indexOf("\n\n") + 1));
        out.flush();
        if (check == null) {
            return 0;
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("golden-rules.passed", (double) r.goldenRules().passed());
        figures.put("opencorpora.errors-per-1000", r.openCorpora().errorsPer1000());
        return Floors.checkLimits(check, figures, spec.commandLine().getErr());
    }
}
