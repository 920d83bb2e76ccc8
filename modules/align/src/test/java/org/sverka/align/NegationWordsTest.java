package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The English negation words are read as whole words: a word that starts or ends with one (Nothing
 * starts with "not", casino ends with "no") is read as itself, and a fixed phrase that negates nothing
 * ("not only", "no-fly") is set aside only where it stands whole, not inside "cannot only".
 */
class NegationWordsTest {
    @Test
    void theNegationFlaggedIsTheWholeWordNotOneInsideIt() {
        assertEquals(List.of("negation-only-en:nothing"), Negation.flags("Nothing happened.", "Что-то произошло."));
        assertEquals(List.of("negation-only-en:never"), Negation.flags("The casino never opened.", "Казино открылось."));
        assertEquals(List.of("negation-only-en:n't"), Negation.flags("He doesn't agree.", "Он согласен."));
    }

    @Test
    void aPhraseThatNegatesNothingIsSetAsideOnlyWhereItStandsWhole() {
        assertEquals(List.of(), Negation.flags("It is not only a no-fly zone.", "Это не только бесполетная зона."));
        assertEquals(List.of("negation-only-en:cannot"), Negation.flags("It is a no-fly zone, and pilots cannot only circle it.",
                "Это бесполетная зона, и пилоты могут только кружить над ней."));
    }
}
