package org.sverka.align.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Days and months as news writes them in both languages, and the look-alikes that are none. */
class CalendarWordsTest {
    private static List<String> english(String text) {
        return CalendarWords.english(text).stream().map(m -> m.written() + "=" + m.value()).toList();
    }

    private static List<String> russian(String text) {
        return CalendarWords.russian(text).stream().map(m -> m.written() + "=" + m.value()).toList();
    }

    @Test
    void englishDaysAndMonthsWithTheirOffsets() {
        List<CalendarWords.Mention> found = CalendarWords.english("Lavrov met Kerry on Tuesday, May 24.");
        assertEquals(List.of(new CalendarWords.Mention("Tuesday", 20, DayOfWeek.TUESDAY), new CalendarWords.Mention("May", 29, Month.MAY)),
                found);
        assertEquals(List.of("Sundays=SUNDAY"), english("Many dioceses advised older Christians not to attend Mass on Sundays."));
        assertEquals(List.of("Friday=FRIDAY"), english("As night fell on Palu after Friday's earthquake, families waited."));
    }

    @Test
    void mayAndMarchAreMonthsOnlyBesideANumberOrAWordOfTime() {
        assertEquals(List.of(), english("Theresa May said the plan was precisely calibrated."));
        assertEquals(List.of(), english("Hurricane Rosa Threatening Phoenix With Flash Flooding (Drought Areas May Benefit)"));
        assertEquals(List.of(), english("Protesters March On The Capitol"));
        assertEquals(List.of("May=MAY", "March=MARCH", "May=MAY"),
                english("Talks held in May resumed on 2 March and ended by mid-May."));
        assertEquals(List.of("March=MARCH"), english("Officials did not comment on a blow for May or the figures for March."));
    }

    @Test
    void abbreviatedMonthsCountBesideANumber() {
        assertEquals(List.of("Sept=SEPTEMBER", "Jan=JANUARY"), english("The attacks of Sept. 11 were recalled on 23 Jan. 2020."));
        assertEquals(List.of("Oct=OCTOBER"), english("Pedestrians were mown down in his path on Oct."));
        assertEquals(List.of(), english("Dec is short for decimal, Mar for Martin."));
    }

    @Test
    void russianFormsOfDaysAndMonthsAndTheirAdjectives() {
        assertEquals(List.of("вторник=TUESDAY", "мая=MAY"), russian("Лавров встретился с Керри во вторник, 24 мая."));
        assertEquals(List.of("июльском=JULY", "пятничные=FRIDAY", "воскресном=SUNDAY", "мартовский=MARCH", "январские=JANUARY"),
                russian("В июльском номере пятничные дебаты и матч в воскресном туре, мартовский пленум, январские морозы."));
        assertEquals(List.of("Понедельник=MONDAY"), russian("Понедельник принесет Боливии исключительную возможность."));
        assertEquals(List.of("Ноябрь=NOVEMBER"), russian("Протестующие скандировали «Ноябрь впереди!»"));
        assertEquals(List.of("воскресеньям=SUNDAY"), russian("Епархии рекомендуют не посещать службы по воскресеньям."));
    }

    @Test
    void wednesdayOnlyWhereADayStands() {
        assertEquals(List.of("среду=WEDNESDAY", "среды=WEDNESDAY", "средам=WEDNESDAY"),
                russian("В среду сеть ограничила продажи, со среды и по средам."));
        assertEquals(List.of(), russian("Выбросы в окружающую среду разрушают среду обитания летучих мышей."));
        assertEquals(List.of(), russian("Мы можем больше заботиться об окружающей среде."));
    }

    @Test
    void namesAndLookAlikesAreNoDates() {
        assertEquals(List.of(), russian("Карильон церкви Св. Мартина молчит, а Майк Пенс выступит на встрече."));
        assertEquals(List.of(), russian("Он встретил Марту и Мая Плисецкую на вечере."));
        assertEquals(List.of(), russian("Прихожане начинают в полночь празднование Воскресения Христа."));
        assertEquals(List.of(), russian("Они верят, что он воскреснет, и носят маски."));
    }
}
