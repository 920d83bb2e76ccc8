package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NegationScopeTest {
    @Test
    void twoAspectsOrFormsOfOneRussianVerbShareTheirStem() {
        assertTrue(Negation.sharesRussianStem("отмеча", Set.of("министр", "отмет")));
        assertTrue(Negation.sharesRussianStem("сказыва", Set.of("сказа")));
    }

    @Test
    void stemsThatPartEarlyOrTooShortAStemDoNot() {
        assertFalse(Negation.sharesRussianStem("отмеча", Set.of("отменя")));   // отмечать, отменять: four letters of six
        assertFalse(Negation.sharesRussianStem("лев", Set.of("левш")));
        assertFalse(Negation.sharesRussianStem("переговор", Set.of("перевод")));
    }
}
