package org.sverka.pipeline.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sverka.align.AlignMode;
import org.sverka.align.Aligner;
import org.sverka.align.eval.AlignmentScore;
import org.sverka.align.eval.AlignmentTask;
import org.sverka.align.eval.Evaluation;
import org.sverka.align.eval.ParallelDocument;
import org.sverka.align.eval.RankingEvaluation;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.InputException;
import org.sverka.pipeline.Sverka;

/**
 * The alignment benchmark behind {@code sverka eval align}: parallel, report and hard report tasks
 * with exact gold from NTREX-128 and FLORES-200 (seeded), aligned and scored per family; optionally
 * every task again from running text, or another aligner's links scored instead; then the ranking
 * accuracy of the similarity model on the UN development set.
 * <pre>{@code
 * int code = new AlignmentBenchmark(Path.of("../shared/data"), "auto", 2026, false, false, false, null, null, null)
 *         .run(out, err);
 * }</pre>
 *
 * @param data        the shared data folder
 * @param mode        the aligner's mode name
 * @param seed        the task generator's seed
 * @param adapt       align every task twice, learning word pairs from the first pass
 * @param runningText also run every task from running text
 * @param noRanking   skip the UN ranking measurement
 * @param tasksDir    write every task there as ID.en, ID.ru and ID.gold, or null
 * @param scoreDir    score DIR/ID.links instead of aligning, or null
 * @param check       a file of recorded F1 figures to check, or null
 */
public record AlignmentBenchmark(Path data, String mode, long seed, boolean adapt, boolean runningText, boolean noRanking,
                                 Path tasksDir, Path scoreDir, Path check) {
    /**
     * The task set of the benchmark: fixed counts per corpus and family.
     *
     * @param data the shared data folder
     * @param seed the task generator's seed
     * @return the tasks
     */
    public static List<AlignmentTask> tasks(Path data, long seed) {
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
            RunningTextEvaluation.Result r = RunningTextEvaluation.run(tasks, Sverka.aligner().build().pipeline(),
                    aligner(model), work);
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

    private Aligner aligner(SimilarityModel model) {
        return AlignMode.parse(mode).orElseThrow(() -> new IllegalArgumentException(
                "unknown --mode '" + mode + "': use " + AlignMode.labels())).aligner(model, adapt);
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param out where the figures go
     * @param err where a figure under its floor is named
     * @return 0, or 1 when a figure is under its floor
     * @throws IOException when the data cannot be read or the tasks written
     */
    public int run(PrintWriter out, PrintWriter err) throws IOException {
        List<AlignmentTask> tasks = tasks(data, seed);
        if (tasksDir != null) {
            TaskFiles.write(tasks, tasksDir);
        }
        SimilarityModel model = SimilarityModel.defaultModel();
        long t0 = System.nanoTime();
        Map<String, AlignmentScore> scores = scoreDir != null ? Evaluation.score(tasks, t -> predicted(scoreDir, t))
                : Evaluation.run(tasks, aligner(model));
        double seconds = (System.nanoTime() - t0) / 1e9;
        table(out, scores);
        out.printf(Locale.ROOT, "%d tasks %s in %.1f s (%s, seed %d)%n", tasks.size(), scoreDir == null ? "aligned" : "scored",
                seconds, scoreDir == null ? "mode " + mode : "links from " + scoreDir, seed);
        if (runningText && scoreDir == null) {
            scores = new java.util.TreeMap<>(scores);
            scores.putAll(runningText(tasks, model, out));
        }
        Map<String, Double> figures = new java.util.TreeMap<>();
        scores.forEach((family, score) -> figures.put(family, score.f1()));
        if (!noRanking) {
            Path un = data.resolve("un-devset");
            List<ParallelDocument> docs = ParallelDocument.read(un.resolve("UNv1.0.devset.en"), un.resolve("UNv1.0.devset.ru"),
                    un.resolve("UNv1.0.devset.docids"));
            RankingEvaluation.Result ranking = RankingEvaluation.run(docs, model);
            out.println("ranking (un-devset): " + ranking);
            figures.put("ranking", ranking.accuracy());
        }
        out.flush();
        return check == null ? 0 : Floors.check(check, figures, err);
    }
}
