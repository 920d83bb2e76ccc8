package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.model.SimilarityModel;

/**
 * A negation on one side is flagged when the other side renders what it negates; a Russian verb is
 * recognised with or without its prefix, as the lexicon often lists one aspect only.
 */
class NegationScopeTest {
    private final SimilarityModel model = SimilarityModel.defaultModel();

    @Test
    void aNegatedVerbRenderedByAPrefixedVerbIsFlagged() {
        // NTREX-128: the lexicon links react to «реагировать», not to «отреагировать»
        String en = "Scott Arfield did not react as Declan Gallagher slotted the ball to Scott Robinson.";
        String ru = "Скотт Арфилд отреагировал, когда Деклан Галлахер отдал мяч Скотту Робинсону.";
        assertEquals(List.of("negation-only-en:not"), PairFlags.labels(en, ru, model));
        String enDropped = "Scott Arfield did react as Declan Gallagher slotted the ball to Scott Robinson.";
        String ruNegated = "Скотт Арфилд не отреагировал, когда Деклан Галлахер отдал мяч Скотту Робинсону.";
        assertEquals(List.of("negation-only-ru:не"), PairFlags.labels(enDropped, ruNegated, model));
        assertEquals(List.of(), PairFlags.labels(en, ruNegated, model));
    }

    @Test
    void aPrefixComesOffOnlyWhenEnoughOfTheWordIsLeft() {
        assertEquals("реагировал", Negation.withoutVerbPrefix("отреагировал"));
        assertEquals("ступили", Negation.withoutVerbPrefix("переступили"));
        assertNull(Negation.withoutVerbPrefix("отказ"));
        assertNull(Negation.withoutVerbPrefix("дом"));
    }
}
