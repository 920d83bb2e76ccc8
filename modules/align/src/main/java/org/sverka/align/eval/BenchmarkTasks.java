package org.sverka.align.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The task set of sverka's alignment benchmark: per corpus (NTREX-128 and FLORES-200) 40 parallel,
 * 120 report and 120 hard report tasks, built by {@link TaskGenerator} with one seed.
 * <pre>{@code
 * List<AlignmentTask> tasks = BenchmarkTasks.standard(Path.of("../shared/data"), 2026);
 * Map<String, AlignmentScore> scores = Evaluation.run(tasks, new AutoAligner(SimilarityModel.defaultModel()));
 * }</pre>
 */
public final class BenchmarkTasks {
    /** Parallel tasks per corpus. */
    public static final int PARALLEL = 40;
    /** Report tasks per corpus. */
    public static final int REPORT = 120;
    /** Hard report tasks per corpus. */
    public static final int HARD = 120;

    private BenchmarkTasks() {
    }

    /**
     * @param data the shared data folder, holding {@code ntrex128/} and {@code flores200/}
     * @param seed the generator's seed (2026 is scored, 7 is for tuning)
     * @return the tasks, corpus by corpus, family by family
     * @throws IllegalArgumentException when a corpus folder is missing
     */
    public static List<AlignmentTask> standard(Path data, long seed) {
        List<AlignmentTask> tasks = new ArrayList<>();
        for (String[] c : new String[][] {{"ntrex128", "ntrex"}, {"flores200", "flores200.devtest"}}) {
            Path dir = data.resolve(c[0]);
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(dir + ": no such folder");
            }
            List<ParallelDocument> docs = ParallelDocument.read(dir.resolve(c[1] + ".en"), dir.resolve(c[1] + ".ru"),
                    dir.resolve(c[1] + ".docids"));
            TaskGenerator g = new TaskGenerator(c[0], docs, seed);
            tasks.addAll(g.parallel(PARALLEL));
            tasks.addAll(g.report(REPORT));
            tasks.addAll(g.hard(HARD));
        }
        return tasks;
    }
}
