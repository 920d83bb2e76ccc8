package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.model.SimilarityModel;

/**
 * An English word made with a negating prefix (undocumented, ineligible) renders a Russian negation
 * when the word it negates translates one of the words the Russian negation governs.
 */
class NegatingPrefixTest {
    private final SimilarityModel model = SimilarityModel.defaultModel();

    @Test
    void aPrefixedWordRendersTheRussianNegation() {
        // NTREX-128 sentences: «не имеющими документов» ~ "undocumented", «не имеющим права» ~ "ineligible"
        String ru = "Обычно большинство спонсоров сами являются такими же иммигрантами, не имеющими документов, и боятся"
                + " поставить под угрозу свое пребывание в стране.";
        assertEquals(List.of(), PairFlags.labels("Traditionally, most sponsors have been undocumented immigrants themselves,"
                + " and have feared jeopardizing their own ability to remain in the country.", ru, model));
        String ru2 = "Те, кто считается не имеющим права на помощь, будут быстро депортированы.";
        assertEquals(List.of(), PairFlags.labels("Those who are deemed ineligible for relief will be swiftly deported.", ru2, model));
    }

    @Test
    void withoutThePrefixTheNegationIsStillFlagged() {
        String ru = "Те, кто считается не имеющим права на помощь, будут быстро депортированы.";
        assertEquals(List.of("negation-only-ru:не"),
                PairFlags.labels("Those who are deemed eligible for relief will be swiftly deported.", ru, model));
    }

    @Test
    void aPrefixNegatesOnlyWhereTheLexiconAgrees() {
        assertEquals("documented", Negation.negatedByPrefix("undocumented", model));
        assertEquals("usual", Negation.negatedByPrefix("unusual", model));
        // the lexicon renders discover by words that negate nothing; "der" is too short to be a word negated
        assertNull(Negation.negatedByPrefix("discover", model));
        assertNull(Negation.negatedByPrefix("under", model));
    }
}
