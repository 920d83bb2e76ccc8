package org.sverka.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.core.Bead;
import org.sverka.core.Sentence;

/** Projection of beads over predicted sentences onto the gold sentences. */
class RunningTextEvaluationTest {
    private static List<Sentence> sentences(String... texts) {
        List<Sentence> out = new java.util.ArrayList<>();
        for (String t : texts) {
            out.add(new Sentence(out.size(), 0, 0, t));
        }
        return out;
    }

    @Test
    void aMergedPairOfGoldSentencesIsOwnedByTheOnePredictedSentence() {
        int[] owners = RunningTextEvaluation.owners(List.of("Лавров прибыл.", "Керри тоже.", "Начались переговоры."),
                sentences("Лавров прибыл. Керри тоже.", "Начались переговоры."));
        assertArrayEquals(new int[] {0, 0, 1}, owners);
    }

    @Test
    void aSplitGoldSentenceGoesToItsLargerPart() {
        int[] owners = RunningTextEvaluation.owners(List.of("Mr. Lavrov arrived in Geneva on Monday.", "Talks began."),
                sentences("Mr.", "Lavrov arrived in Geneva on Monday.", "Talks began."));
        assertArrayEquals(new int[] {1, 2}, owners);
    }

    @Test
    void textThatCameBackChangedHasNoOwners() {
        assertNull(RunningTextEvaluation.owners(List.of("Путин подписал закон.", "Он вступит в силу."),
                sentences("Он вступит в силу.")));
    }

    @Test
    void predictedBeadsAreReExpressedInGoldNumbers() {
        int[] en = {0, 0, 1};
        int[] ru = {0, 1, 2};
        List<Bead> projected = RunningTextEvaluation.project(List.of(Bead.of(List.of(0), List.of(0, 1), 0.9),
                Bead.of(List.of(), List.of(2), 0), Bead.of(List.of(1), List.of(), 0)), en, ru);
        assertEquals(List.of(0, 1), projected.get(0).en());
        assertEquals(List.of(0, 1), projected.get(0).ru());
        assertEquals(List.of(2), projected.get(1).ru());
        assertEquals(List.of(2), projected.get(2).en());
        assertEquals(3, projected.size());
    }

    @Test
    void aPredictedSentenceThatOwnsNothingLeavesNoBead() {
        int[] en = {1};
        List<Bead> projected = RunningTextEvaluation.project(List.of(Bead.of(List.of(0), List.of(), 0),
                Bead.of(List.of(1), List.of(), 0)), en, new int[0]);
        assertEquals(1, projected.size());
        assertEquals(List.of(0), projected.get(0).en());
    }
}
