package org.sverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sverka.core.InputException;
import org.sverka.pipeline.OutputChoice;
import org.sverka.pipeline.OutputGuard;
import org.sverka.pipeline.Sverka;
import org.sverka.pipeline.find.FindReport;
import org.sverka.pipeline.find.FindResult;
import org.sverka.pipeline.find.FoundOriginal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sverka find REPORT --index INDEX}: which original a report renders. */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = "Finds the originals a report renders in an index: the report's words (translated through the lexicon), "
                + "names and numbers rank the documents of the other language (BM25); the first candidates are aligned with "
                + "the report and ranked by the share of report sentences they render and their order. Prints each candidate "
                + "with its evidence: score, matched sentences, shared names and numbers.")
final class FindCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REPORT", description = "the report, in any supported format, English or Russian")
    Path report;

    @Option(names = "--index", required = true, paramLabel = "INDEX", description = "an index built by 'sverka index build'")
    Path index;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "candidates shown (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--json", description = "print JSON for scripts: every candidate with every match")
    boolean json;

    @Option(names = "--align", paramLabel = "OUT",
            description = "also write the alignment of the report with the best candidate, in any format of 'align' (by the "
                    + "extension of OUT or --format)")
    Path align;

    @Option(names = "--format", paramLabel = "FORMAT", description = "the format of --align: tsv, links, json, jsonl, tmx, xlsx, html or moses")
    String format;

    @Option(names = "--threshold", defaultValue = "0.5", paramLabel = "SCORE",
            description = "in a review workbook written by --align, matches under this score are highlighted (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--mode", defaultValue = "auto", description = "the aligner candidates are assessed by, as for align (default: ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "a lexicon of one's own, laid over the default one")
    Path lexicon;

    @Option(names = "--keep-boilerplate", description = "keep what extraction drops from the report as page furniture")
    boolean keepBoilerplate;

    @CommandLine.Mixin
    LimitOptions limitOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Sverka sverka;
        OutputChoice out = null;
        try {
            if (top < 1) {
                throw new IllegalArgumentException("--top must be at least 1");
            }
            if (align != null) {
                out = OutputChoice.of(align, format, "tsv");
                OutputGuard.refuseOverlap(List.of(report), out.paths());
            } else if (format != null) {
                throw new IllegalArgumentException("--format goes with --align");
            }
            sverka = Sverka.aligner().mode(mode).lexicon(lexicon).keepBoilerplate(keepBoilerplate)
                    .limits(limitOptions.limits()).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        FindResult result = sverka.find(report, index, top);
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            FindReport.json(result, stdout);
        } else {
            FindReport.text(result, stdout);
        }
        if (out != null) {
            FoundOriginal best = result.best().filter(FoundOriginal::assessed).orElseThrow(() -> new InputException(
                    report.toString(), "no candidate was found in " + index + ", so there is nothing to align with"));
            List<Path> written = out.write(best.alignment().orElseThrow(), threshold);
            spec.commandLine().getErr().println("sverka: wrote the alignment with " + best.path() + " to "
                    + String.join(" and ", written.stream().map(Path::toString).toList()));
            spec.commandLine().getErr().flush();
        }
        return 0;
    }
}
