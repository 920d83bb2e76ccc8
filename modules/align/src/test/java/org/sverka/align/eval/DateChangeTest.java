package org.sverka.align.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The flag benchmark's changes made without random numbers: one day or month, one number word, one
 * currency or unit, or one scale for another, nothing else touched.
 */
class DateChangeTest {
    @Test
    void aDayOrMonthBecomesAnotherOfTheSameForm() {
        assertEquals("Lavrov met Kerry on Friday.", FlagEvaluation.changeDate("Lavrov met Kerry on Tuesday.", true, 2));
        assertEquals("Переговоры возобновятся 24 июля.", FlagEvaluation.changeDate("Переговоры возобновятся 24 мая.", false, 1));
        // «среды» after «до» is a day; a capital В opens the sentence and is not read
        assertEquals("В среду, до четверга.", FlagEvaluation.changeDate("В среду, до среды.", false, 0));
    }

    @Test
    void everyPairNumberGivesAnotherValueAndOnlyTheFirstMentionChanges() {
        for (int pair = 0; pair < 20; pair++) {
            String changed = FlagEvaluation.changeDate("On Monday and Monday again.", true, pair);
            assertNotEquals("On Monday and Monday again.", changed);
            assertTrue(changed.endsWith("day and Monday again."), changed);
        }
    }

    @Test
    void anOrdinalBecomesAnotherOfTheSameForm() {
        assertEquals("The fourth round opens today.", FlagEvaluation.changeOrdinal("The second round opens today.", true, 1));
        assertEquals("Он живёт на пятом этаже.", FlagEvaluation.changeOrdinal("Он живёт на втором этаже.", false, 1));
        assertNull(FlagEvaluation.changeOrdinal("The twenty-first century, a third-party app.", true, 0));
        assertNull(FlagEvaluation.changeOrdinal("В третьем туре он победил.", false, 0));
    }

    @Test
    void aNumberWordBecomesAnotherOfTheSameForm() {
        assertEquals("We will expel six diplomats.", FlagEvaluation.changeNumberWord("We will expel three diplomats.", true, 2));
        assertEquals("Мы вышлем пяти дипломатов из двух стран.",
                FlagEvaluation.changeNumberWord("Мы вышлем четырёх дипломатов из двух стран.", false, 0));
        assertNull(FlagEvaluation.changeNumberWord("A two-foot brim and a threefold rise, Twelve said.", true, 0));
    }

    @Test
    void theFirstCurrencyOrUnitBecomesAnother() {
        assertEquals("The company lost €5 million.", FlagEvaluation.changeUnit("The company lost $5 million.", true));
        assertEquals("Колонна прошла 40 миль, потратив 5 млн долларов.",
                FlagEvaluation.changeUnit("Колонна прошла 40 км, потратив 5 млн долларов.", false));
        assertNull(FlagEvaluation.changeUnit("CEPI invested US$29 million in 2020.", true));
        assertNull(FlagEvaluation.changeUnit("In 2019 some 300 people walked for kilometres.", true));
    }

    @Test
    void theFirstScaleAfterANumberBecomesAnother() {
        assertEquals("DARPA announced a $2 million investment.", FlagEvaluation.changeScale("DARPA announced a $2 billion investment.", true));
        assertEquals("Ущерб превысит 300 миллиардов долларов.", FlagEvaluation.changeScale("Ущерб превысит 300 миллионов долларов.", false));
        assertNull(FlagEvaluation.changeScale("Millions of people, a million reasons.", true));
    }

    @Test
    void wordsThatAreNoDatesAreLeftAlone() {
        assertNull(FlagEvaluation.changeDate("Theresa May will speak in March.", true, 3));
        assertNull(FlagEvaluation.changeDate("Выбросы в окружающую среду, охрана среды.", false, 3));
        assertNull(FlagEvaluation.changeDate("Он встретил Марта на вечере.", false, 3));
    }
}
