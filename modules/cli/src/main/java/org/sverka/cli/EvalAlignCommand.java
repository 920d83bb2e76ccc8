package org.sverka.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sverka.align.Aligner;
import org.sverka.align.eval.AlignmentScore;
import org.sverka.align.eval.AlignmentTask;
import org.sverka.align.eval.Evaluation;
import org.sverka.align.eval.ParallelDocument;
import org.sverka.align.eval.RankingEvaluation;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.InputException;
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

    /** The task set of the benchmark: fixed counts per corpus and family. */
    static List<AlignmentTask> tasks(Path data, long seed) {
        try {
            return org.sverka.align.eval.BenchmarkTasks.standard(data, seed);
        } catch (IllegalArgumentException e) {
            throw new InputException(data.toString(), e.getMessage());
        }
    }

    /** The beads another aligner wrote for a task, as links; none when the file is missing. */
    private static List<org.sverka.core.Bead> predicted(Path dir, AlignmentTask t) {
        Path f = dir.resolve(t.id() + ".links");
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        try {
            return org.sverka.core.LinksFormat.parse(f.toString(), Files.readAllLines(f));
        } catch (java.io.IOException e) {
            throw new InputException(f.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private static void table(PrintWriter out, Map<String, AlignmentScore> scores) {
        out.printf(Locale.ROOT, "%-34s %6s %6s %6s %8s%n", "family", "P", "R", "F1", "bead-F1");
        scores.forEach((k, s) -> out.printf(Locale.ROOT, "%-34s %6.3f %6.3f %6.3f %8.3f%n", k, s.precision(), s.recall(),
                s.f1(), s.beadF1()));
    }

    /** The same tasks from running text; scores keyed {@code running-text/FAMILY}. */
    private Map<String, AlignmentScore> runningText(List<AlignmentTask> tasks, SimilarityModel model, PrintWriter out)
            throws java.io.IOException {
        Path work = Files.createTempDirectory("sverka-running-text");
        try {
            long t0 = System.nanoTime();
            RunningTextEvaluation.Result r = RunningTextEvaluation.run(tasks, Sverka.pipeline(),
                    AlignCommand.aligner(mode, model, adapt), work);
            Map<String, AlignmentScore> keyed = new java.util.TreeMap<>();
            r.scores().forEach((k, v) -> keyed.put("running-text/" + k, v));
            out.println();
            table(out, keyed);
            out.printf(Locale.ROOT, "running text: %d tasks through extraction and segmentation in %.1f s; %d tasks whose text "
                    + "came back changed%s; segmentation gave %+d sentences against the gold%n", tasks.size(),
                    (System.nanoTime() - t0) / 1e9, r.changedTasks().size(),
                    r.changedTasks().isEmpty() ? "" : " (" + String.join(", ", r.changedTasks()) + ")", r.sentenceDiff());
            return keyed;
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        List<AlignmentTask> tasks = tasks(data, seed);
        if (tasksDir != null) {
            TaskFiles.write(tasks, tasksDir);
        }
        SimilarityModel model = SimilarityModel.defaultModel();
        long t0 = System.nanoTime();
        Map<String, AlignmentScore> scores = scoreDir != null ? Evaluation.score(tasks, t -> predicted(scoreDir, t))
                : Evaluation.run(tasks, AlignCommand.aligner(mode, model, adapt));
        double seconds = (System.nanoTime() - t0) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        table(out, scores);
        out.printf(Locale.ROOT, "%d tasks %s in %.1f s (%s, seed %d)%n", tasks.size(), scoreDir == null ? "aligned" : "scored",
                seconds, scoreDir == null ? "mode " + mode : "links from " + scoreDir, seed);
        if (runningText && scoreDir == null) {
            scores = new java.util.TreeMap<>(scores);
            scores.putAll(runningText(tasks, model, out));
        }
        if (!noRanking) {
            Path un = data.resolve("un-devset");
            List<ParallelDocument> docs = ParallelDocument.read(un.resolve("UNv1.0.devset.en"), un.resolve("UNv1.0.devset.ru"),
                    un.resolve("UNv1.0.devset.docids"));
            out.println("ranking (un-devset): " + RankingEvaluation.run(docs, model));
        }
        out.flush();
        return check == null ? 0 : Floors.check(check, scores, spec.commandLine().getErr());
    }
}
