package org.sverka.align.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.sverka.align.Aligner;
import org.sverka.core.Bead;
import org.sverka.core.SegmentedDocument;

/**
 * Runs an aligner (or reads its output) over tasks and sums the scores per family and corpus.
 * <pre>{@code
 * Map<String, AlignmentScore> scores = Evaluation.run(tasks, aligner);
 * scores.get("report");            // all report tasks
 * scores.get("report/ntrex128");   // report tasks from one corpus
 * }</pre>
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * @param tasks   the tasks
     * @param aligner the aligner
     * @return scores keyed by family and by family/corpus
     */
    public static Map<String, AlignmentScore> run(List<AlignmentTask> tasks, Aligner aligner) {
        return score(tasks, t -> aligner.align(SegmentedDocument.ofLines(t.id() + ".en", "en", t.english()),
                SegmentedDocument.ofLines(t.id() + ".ru", "ru", t.russian())).beads());
    }

    /**
     * @param tasks     the tasks
     * @param predicted the predicted beads of a task
     * @return scores keyed by family and by family/corpus
     */
    public static Map<String, AlignmentScore> score(List<AlignmentTask> tasks, Function<AlignmentTask, List<Bead>> predicted) {
        Map<String, AlignmentScore> out = new TreeMap<>();
        for (AlignmentTask t : tasks) {
            AlignmentScore s = AlignmentScore.of(predicted.apply(t), t.gold());
            out.merge(t.family(), s, AlignmentScore::plus);
            out.merge(t.family() + "/" + t.corpus(), s, AlignmentScore::plus);
        }
        return out;
    }
}
