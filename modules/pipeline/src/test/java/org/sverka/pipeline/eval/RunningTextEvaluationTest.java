package org.sverka.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.eval.AlignmentScore;
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
    void aPredictedSentenceCoversTheGoldSentencesItHoldsLettersOf() {
        assertEquals(List.of(List.of(0, 1), List.of(2)), RunningTextEvaluation.cover(
                List.of("Лавров прибыл.", "Керри тоже.", "Начались переговоры."),
                sentences("Лавров прибыл. Керри тоже.", "Начались переговоры.")));
        assertEquals(List.of(List.of(0), List.of(0), List.of(1)), RunningTextEvaluation.cover(
                List.of("Mr. Lavrov arrived in Geneva on Monday.", "Talks began."),
                sentences("Mr.", "Lavrov arrived in Geneva on Monday.", "Talks began.")));
    }

    @Test
    void textThatCameBackChangedHasNoCover() {
        assertNull(RunningTextEvaluation.cover(List.of("Путин подписал закон.", "Он вступит в силу."),
                sentences("Он вступит в силу.")));
    }

    @Test
    void aGoldSentenceCutInTwoAndAlignedPieceByPieceScoresAsItsOneLink() {
        List<List<Integer>> en = List.of(List.of(0), List.of(0), List.of(1));
        List<List<Integer>> ru = List.of(List.of(0), List.of(0), List.of(1));
        List<Bead> projected = RunningTextEvaluation.project(List.of(Bead.of(List.of(0), List.of(0), 0.9),
                Bead.of(List.of(1), List.of(1), 0.8), Bead.of(List.of(2), List.of(2), 0.9)), en, ru);
        AlignmentScore s = AlignmentScore.of(projected, List.of(Bead.of(List.of(0), List.of(0), 0), Bead.of(List.of(1), List.of(1), 0)));
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
    }

    @Test
    void goldSentencesRunTogetherLinkToBothCounterparts() {
        List<Bead> projected = RunningTextEvaluation.project(List.of(Bead.of(List.of(0), List.of(0), 0.9)),
                List.of(List.of(0, 1)), List.of(List.of(0, 1)));
        assertEquals(List.of(0, 1), projected.get(0).en());
        assertEquals(List.of(0, 1), projected.get(0).ru());
        AlignmentScore s = AlignmentScore.of(projected, List.of(Bead.of(List.of(0), List.of(0), 0), Bead.of(List.of(1), List.of(1), 0)));
        assertEquals(0.5, s.precision());
        assertEquals(1.0, s.recall());
    }

    @Test
    void aPredictedSentenceWithNoLettersLeavesNoBead() {
        List<Bead> projected = RunningTextEvaluation.project(List.of(Bead.of(List.of(0), List.of(), 0),
                Bead.of(List.of(1), List.of(), 0)), List.of(List.of(), List.of(0)), List.of());
        assertEquals(1, projected.size());
        assertEquals(List.of(0), projected.get(0).en());
    }

    @Test
    void sentencesAreWrittenThreeAParagraphWithHeadlinesAlone() {
        assertEquals("Killer Pig Mauls Farmer\n\nA farmer died. Police said so. \"It was bloody,\" he said.\n\n"
                + "Pigs are curious.\n\nHurricane Rosa weakens\n\nRain is expected.",
                RunningTextEvaluation.paragraphs(List.of("Killer Pig Mauls Farmer", "A farmer died.", "Police said so.",
                        "\"It was bloody,\" he said.", "Pigs are curious.", "Hurricane Rosa weakens", "Rain is expected.")));
    }
}
