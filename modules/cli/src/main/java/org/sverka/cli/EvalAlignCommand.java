package org.sverka.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sverka.pipeline.eval.AlignmentBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sverka eval align DATA}: the alignment benchmark. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Builds parallel, report and hard report tasks with exact gold from DATA/ntrex128 and DATA/flores200 "
                + "(seeded), aligns them, and prints link precision, recall, F1 and exact-bead F1 per family; "
                + "then the ranking accuracy of the similarity model on DATA/un-devset.")
final class EvalAlignCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATA", description = "the shared data folder")
    Path data;

    @Option(names = "--mode", defaultValue = "auto", description = "auto, parallel, report or length (default: ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--seed", defaultValue = "2026", description = "task generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--write-tasks", paramLabel = "DIR",
            description = "also write every task as ID.en, ID.ru (one sentence a line) and ID.gold (links) for other aligners")
    Path tasksDir;

    @Option(names = "--score", paramLabel = "DIR",
            description = "score alignments made elsewhere instead of aligning: DIR/ID.links for every task (links format; "
                    + "a missing file counts as no links); write the tasks first with --write-tasks")
    Path scoreDir;

    @Option(names = "--check", paramLabel = "FILE",
            description = "fail when an F1 is more than 0.01 below the figure recorded in FILE (lines: key TAB F1)")
    Path check;

    @Option(names = "--adapt", description = "align every task twice, learning word pairs from the first pass")
    boolean adapt;

    @Option(names = "--running-text", description = "also write every task's documents as paragraphs of running text, "
            + "read them through extraction and segmentation, align, and score at the gold sentence granularity")
    boolean runningText;

    @Option(names = "--no-ranking", description = "skip the UN ranking measurement")
    boolean noRanking;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try {
            return new AlignmentBenchmark(data, mode, seed, adapt, runningText, noRanking, tasksDir, scoreDir, check)
                    .run(spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
