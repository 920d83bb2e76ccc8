package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.model.SimilarityModel;

/**
 * A name is matched also when the other side's name, read through the lexicon, is found in it: the
 * lexicon often knows a name in one direction only (Charlotte ~ «шарлотка», nothing for «Шарлотта»).
 */
class NameFoundBothWaysTest {
    private final SimilarityModel model = SimilarityModel.defaultModel();

    @Test
    void aNameTheLexiconKnowsFromTheOtherSideIsNeitherFlaggedNorNoted() {
        // NTREX-128
        String en = "Patchier bloom conditions are being reported in areas of Pinellas, Manatee, Sarasota, Charlotte and Collier counties.";
        String ru = "В районах округов Пинеллас, Манати, Сарасота, Шарлотта и Кольер сообщается об обильном цветении.";
        assertEquals(List.of(), PairFlags.labels(en, ru, model));
        String en2 = "The only players with more points are Francesco Molinari and Tommy Fleetwood, the story of the Ryder Cup.";
        String ru2 = "Единственные игроки, заработавшие больше очков, — это Франческо Молинари и Томми Флитвуд, вошедшие в историю Кубка Райдера.";
        assertEquals(List.of(), PairFlags.labels(en2, ru2, model));
        assertEquals(List.of(), PairFlags.notes(en2, ru2, model));
    }

    @Test
    void aSwappedNameIsStillFlagged() {
        String en = "Patchier bloom conditions are being reported in areas of Pinellas, Manatee, Sarasota, Melbourne and Collier counties.";
        String ru = "В районах округов Пинеллас, Манати, Сарасота, Шарлотта и Кольер сообщается об обильном цветении.";
        List<String> flags = PairFlags.labels(en, ru, model);
        assertTrue(flags.contains("name-only-ru:Шарлотта"), flags.toString());
    }
}
