package org.sverka.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sverka.pipeline.OutputChoice;
import org.sverka.pipeline.ReviewedWorkbook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sverka review apply REVIEWED.xlsx -o corpus.tmx}: the reviewer's decisions, applied. */
@Command(name = "review", mixinStandardHelpOptions = true, description = "Works with review workbooks.",
        subcommands = {ReviewCommand.Apply.class})
final class ReviewCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a review command: apply");
    }

    /** {@code sverka review apply}. */
    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Reads a review workbook written by 'sverka align -o x.xlsx' and edited by a reviewer, "
                    + "drops rejected rows, keeps edited texts and numbers, and writes the result: TMX, TSV, JSON, "
                    + "JSON Lines, Moses files or HTML. Any inconsistency is reported with its sheet and row, and "
                    + "nothing is written.")
    static final class Apply implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "REVIEWED.xlsx", description = "the reviewed workbook")
        Path workbook;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "the file to write")
        Path output;

        @Option(names = "--format", paramLabel = "FORMAT", description = "tmx, tsv, json, jsonl, moses, html or xlsx "
                + "(default: by the extension of OUT, else tmx)")
        String format;

        @Option(names = "--only-accepted", description = "keep only rows marked accept (default: every row not rejected)")
        boolean onlyAccepted;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            OutputChoice out;
            try {
                out = OutputChoice.of(output, format, "tmx");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            ReviewedWorkbook.Applied r = ReviewedWorkbook.apply(workbook, onlyAccepted, out);
            spec.commandLine().getErr().printf("sverka: %d rows kept (%d with both sides); wrote %s%n", r.rows(),
                    r.matches(), r.written().stream().map(Path::toString).collect(Collectors.joining(" and ")));
            return 0;
        }
    }
}
