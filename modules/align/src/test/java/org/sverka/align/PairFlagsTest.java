package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.model.SimilarityModel;

class PairFlagsTest {
    private final SimilarityModel model = SimilarityModel.defaultModel();

    private List<String> flags(String en, String ru) {
        return PairFlags.labels(en, ru, model);
    }

    @Test
    void abbreviationsMatchTheirWrittenOutForms() {
        assertEquals(List.of(), flags("Russia and the U.S. called on the UN, the EU and the OSCE to act.",
                "РФ и США призвали ООН, ЕС и ОБСЕ действовать."));
        assertEquals(List.of(), flags("The Russian Federation and NATO met in Brussels.", "РФ и НАТО провели встречу в Брюсселе."));
        assertEquals(List.of(), flags("The Foreign Ministry said so on Monday.", "Об этом в понедельник заявили в МИД."));
    }

    @Test
    void titlesAreNotNamesButNamesStillAre() {
        assertEquals(List.of(), flags("President Putin met Minister Lavrov.", "Президент Путин встретился с министром Лавровым."));
        assertEquals(List.of("name-only-en:Kerry", "name-only-ru:Лавровым"), flags("President Putin met Kerry.", "Президент Путин встретился с Лавровым."));
    }

    @Test
    void unitConversionsAgreeAndOtherNumbersDoNot() {
        assertEquals(List.of(), flags("The storm is 50 miles wide and the air is 86 °F.",
                "Ширина шторма составляет 80 км, а температура воздуха — 30 °C."));
        assertEquals(List.of("number-only-en:3", "number-only-ru:8"), flags("Up to 3 inches of rain fell.", "Выпало до 8 мм осадков."));
    }

    @Test
    void aNegationOnOneSideOnlyIsFlagged() {
        assertEquals(List.of("negation-only-en:not"), flags("The talks did not succeed.", "Переговоры увенчались успехом."));
        assertEquals(List.of("negation-only-ru:не"), flags("The talks succeeded.", "Переговоры не увенчались успехом."));
        assertEquals(List.of(), flags("The talks did not succeed.", "Переговоры не увенчались успехом."));
        assertTrue(flags("The talks failed.", "Переговоры не увенчались успехом.").isEmpty());
    }
}
