package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.model.SimilarityModel;

/**
 * The same number with another currency or another unit on the other side is flagged on both sides;
 * a conversion, a dollar of no named country, or a bare number on the other side is not.
 */
class UnitFlagsTest {
    private final SimilarityModel model = SimilarityModel.defaultModel();

    private List<String> flags(String en, String ru) {
        return PairFlags.labels(en, ru, model);
    }

    @Test
    void anotherCurrencyForTheSameAmountIsFlagged() {
        assertEquals(List.of(), flags("The company lost $5 million last year.", "Компания потеряла 5 млн долларов в прошлом году."));
        assertEquals(List.of("number-only-en:$5 million", "number-only-ru:5 млн евро"),
                flags("The company lost $5 million last year.", "Компания потеряла 5 млн евро в прошлом году."));
        assertEquals(List.of("number-only-en:€350,000", "number-only-ru:350\u00a0тыс. долларов"),
                flags("His bond has been set at €350,000.", "Залог установлен в размере 350\u00a0тыс. долларов."));
        assertEquals(List.of("number-only-en:US$275 million", "number-only-ru:275 миллионов канадских долларов"),
                flags("Ottawa announced US$275 million in funding.", "Оттава объявила о выделении 275 миллионов канадских долларов."));
    }

    @Test
    void aDollarOfNoNamedCountryAndABareNumberAgree() {
        assertEquals(List.of(), flags("Ottawa announced $275 million in funding.", "Оттава объявила о выделении 275 миллионов канадских долларов."));
        assertEquals(List.of(), flags("Supporters who gave $1,000 to men would give her only $250.",
                "Сторонники, которые давали по 1000 долларов мужчинам, предлагали ей только 250."));
        assertEquals(List.of(), flags("It sold the business for £125m.", "Бизнес продан за 125 млн фунтов стерлингов."));
    }

    @Test
    void anotherUnitForTheSameNumberIsFlaggedUnlessAConversionRendersIt() {
        assertEquals(List.of("number-only-en:40 kilometres", "number-only-ru:40 миль"),
                flags("The convoy travelled 40 kilometres.", "Колонна прошла 40 миль."));
        // the 100 feet are the 100 футов: the 30 meters stand against the 30 футов
        assertEquals(List.of("number-only-en:30 meters", "number-only-ru:30 футов"),
                flags("The plane sank in about 30 meters (100 feet) of water.", "Самолет погрузился примерно на 30 футов (100 футов)."));
        assertEquals(List.of(), flags("The plane sank in about 30 meters (100 feet) of water.", "Самолет погрузился примерно на 30 метров."));
        // up to 10 inches is rendered by «до 25 см»; the 10 of «7–10 см» renders the 6 inches (badly), not them
        List<String> rain = flags("Rainfall of 3 to 6 inches is expected, with up to 10 inches possible.",
                "Может выпасть до 7–10 см осадков, местами до 25 см.");
        assertTrue(rain.stream().noneMatch(f -> f.contains("inches")), rain.toString());
    }
}
