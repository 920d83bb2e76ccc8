package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.sverka.align.eval.AlignmentScore;
import org.sverka.align.eval.AlignmentTask;
import org.sverka.core.Alignment;
import org.sverka.core.SegmentedDocument;

/** What the tests of the aligners' rules share: aligning benchmark tasks, and a rule judged by its score. */
final class RuleChecks {
    private RuleChecks() {
    }

    /** The alignment of a task's two sides, one sentence a line. */
    static Alignment align(Aligner aligner, AlignmentTask t) {
        return aligner.align(SegmentedDocument.ofLines("en", "en", t.english()), SegmentedDocument.ofLines("ru", "ru", t.russian()));
    }

    /** The link score of an aligner summed over tasks. */
    static AlignmentScore score(Aligner aligner, List<AlignmentTask> tasks) {
        return tasks.stream().map(t -> AlignmentScore.of(align(aligner, t).beads(), t.gold())).reduce(AlignmentScore.ZERO, AlignmentScore::plus);
    }

    /** A rule finds more true links than the aligner without it, at a higher F1. */
    static void assertBetter(AlignmentScore with, AlignmentScore without, String rule) {
        assertTrue(with.linksRight() > without.linksRight(), rule + " finds more true links: " + with + " against " + without);
        assertTrue(with.f1() > without.f1(), rule + " raises F1: " + with + " against " + without);
    }
}
