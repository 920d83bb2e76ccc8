package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.model.SimilarityModel;

/**
 * A day of the week or a month is flagged when the other side names another one in its place, noted
 * when the other side names none, and left alone when it is repeated or is a title.
 */
class DateFlagsTest {
    private final SimilarityModel model = SimilarityModel.defaultModel();

    private List<String> flags(String en, String ru) {
        return PairFlags.labels(en, ru, model);
    }

    private List<String> notes(String en, String ru) {
        return PairFlags.notes(en, ru, model);
    }

    @Test
    void anotherDayOrMonthOnTheOtherSideIsAFlag() {
        assertEquals(List.of(), flags("Lavrov met Kerry on Tuesday.", "Лавров встретился с Керри во вторник."));
        assertEquals(List.of("date-only-en:Tuesday", "date-only-ru:среду"),
                flags("Lavrov met Kerry on Tuesday.", "Лавров встретился с Керри в среду."));
        // the number 24 is the same on both sides: only the month tells the dates apart
        assertEquals(List.of(), flags("The talks are due to resume on May 24.", "Переговоры должны возобновиться 24 мая."));
        assertEquals(List.of("date-only-en:May", "date-only-ru:июня"),
                flags("The talks are due to resume on May 24.", "Переговоры должны возобновиться 24 июня."));
    }

    @Test
    void datesAreMatchedOneForOneNumberFirst() {
        String en = "Incidence started to increase around 21 February and rose sharply around 28 February 2020.";
        assertEquals(List.of(), flags(en, "Заболеваемость начала расти около 21 февраля и резко выросла около 28 февраля 2020 года."));
        assertEquals(List.of("date-only-en:February", "date-only-ru:октября"),
                flags(en, "Заболеваемость начала расти около 21 октября и резко выросла около 28 февраля 2020 года."));
        // the flag names the form that stands in the other's place: 21 February is «21 февраля», so June is «в феврале»
        assertEquals(List.of("date-only-en:June", "date-only-ru:феврале"),
                flags("Prices rose in June and fell on 21 February.", "Цены выросли в феврале и упали 21 февраля."));
        assertEquals(List.of("date-only-en:Saturday", "date-only-ru:среду"),
                flags("They shot no bogey on Saturday afternoon and avoided bogeys on Saturday morning.",
                        "Они не набрали богги в среду днем и избегали богги в субботу утром."));
    }

    @Test
    void aDateLeftOutIsANoteAndAMergedRepeatIsNothing() {
        String en = "Thus, it is expected to make landfall in Mexico in the afternoon on Monday.";
        String ru = "Во второй половине дня ураган достигнет Мексики.";
        assertEquals(List.of(), flags(en, ru));
        assertEquals(List.of("date-only-en:Monday"), notes(en, ru));
        // a day stands against no month: each side gave its date another way
        en = "The decision was taken on Friday.";
        ru = "Решение было принято в июне.";
        assertEquals(List.of(), flags(en, ru));
        assertEquals(List.of("date-only-en:Friday", "date-only-ru:июне"), notes(en, ru));
        en = "The exhibition runs from 21 February to 28 February.";
        ru = "Выставка продлится с 21 по 28 февраля.";
        assertEquals(List.of(), flags(en, ru));
        assertEquals(List.of(), notes(en, ru));
    }

    @Test
    void titlesNamesAndLookAlikesAreNoDates() {
        String en = "He will appear on Saturday Night Live on Friday.";
        String ru = "Он появится в передаче Saturday Night Live в пятницу.";
        assertEquals(List.of(), flags(en, ru));
        assertEquals(List.of(), notes(en, ru));
        assertEquals(List.of(), notes("Theresa May will announce the plan in June.", "Тереза Мэй объявит план в июне."));
        assertEquals(List.of(), notes("Emissions harm the environment, Marta said on Friday.",
                "Выбросы вредят окружающей среде, заявила в пятницу Марта."));
        assertEquals(List.of("date-only-en:Friday", "date-only-ru:Субботний"),
                flags("Friday's match was won by Dundee.", "Субботний матч выиграл «Данди»."));
    }
}
