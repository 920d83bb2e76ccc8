package org.sverka.align.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The flag benchmark drops a Russian negation so that the sentence says the positive: «никогда»
 * goes with the «не» that follows it, as "never" goes in English, since «никогда» alone leaves
 * «не был» negated.
 */
class NegationDropTest {
    private static String dropped(String russian) {
        return FlagEvaluation.perturb("negation-drop-ru", "He had never been there.", russian, new String[] {"", ""}, new Random(1))[1];
    }

    @Test
    void neverGoesWithItsNe() {
        assertEquals("Он был там.", dropped("Он никогда не был там."));
        assertEquals("Он ещё видел такого.", dropped("Он никогда ещё не видел такого."));
    }

    @Test
    void aPlainNeGoesAlone() {
        assertEquals("Он был там, никогда не забудет.", dropped("Он не был там, никогда не забудет."));
    }
}
