package org.sverka.align.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.text.AnalyzedSentence;

class WordAlignmentTest {
    private final SimilarityModel model = SimilarityModel.defaultModel();

    private WordAlignment align(String en, String ru) {
        AnalyzedSentence e = model.english().analyze(en);
        AnalyzedSentence r = model.russian().analyze(ru);
        PairVocabulary v = model.vocabulary(List.of(e), List.of(r));
        return WordAlignment.of(v.english(List.of(e)), v.russian(List.of(r)));
    }

    @Test
    void aTranslationIsExplainedByTheLexiconAndATopicalNeighbourOnlyByItsNames() {
        String ru = "Лавров заявил, что переговоры в Женеве с Керри были трудными.";
        WordAlignment translation = align("Lavrov said that the talks in Geneva with Kerry were difficult.", ru);
        WordAlignment neighbour = align("Kerry arrived in Geneva on Monday to meet Lavrov.", ru);
        assertTrue(translation.lexicalDice() > 0.3, "lexical " + translation.lexicalDice());
        assertTrue(neighbour.lexicalDice() < translation.lexicalDice() / 2, "neighbour " + neighbour.lexicalDice());
        assertTrue(neighbour.dice() > neighbour.lexicalDice(), "names link the neighbour");
        assertEquals(0.0, translation.crossing(), 0.1);
    }

    @Test
    void oneWordExplainsOneWordAndSwappedClausesCross() {
        WordAlignment repeated = align("talks talks talks", "переговоры");
        assertEquals(2, repeated.unlinkedEnglish());
        assertEquals(0, repeated.unlinkedRussian());
        WordAlignment swapped = align("the talks were difficult, Lavrov said in Geneva",
                "Лавров заявил в Женеве, переговоры были трудными");
        assertTrue(swapped.crossing() > 0.4, "crossing " + swapped.crossing());
    }

    @Test
    void refinementSeparatesTheTranslationFromTheNeighbour() {
        String ru = "Лавров заявил, что переговоры в Женеве с Керри были трудными.";
        double translation = model.score("Lavrov said that the talks in Geneva with Kerry were difficult.", ru);
        double neighbour = model.score("Kerry arrived in Geneva on Monday to meet Lavrov.", ru);
        double unrefinedNeighbour = model.withRefinement(null).score("Kerry arrived in Geneva on Monday to meet Lavrov.", ru);
        assertTrue(translation > 0.9, "translation " + translation);
        assertTrue(neighbour < unrefinedNeighbour, neighbour + " vs " + unrefinedNeighbour);
    }
}
