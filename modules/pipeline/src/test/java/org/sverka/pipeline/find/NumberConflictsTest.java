package org.sverka.pipeline.find;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Numbers on which a sentence and its rendering disagree, as the UN agendas write their meeting times. */
class NumberConflictsTest {
    @Test
    void theSameTimeAndDateWrittenTheTwoLanguagesWaysAgree() {
        assertEquals(0, NumberConflicts.count("To be held on Thursday, 12 February 2015, at 10.47 a.m.",
                "которое состоится в четверг, 12 февраля 2015 года, в 10 ч. 47 м."));
        assertEquals(0, NumberConflicts.count("To be held on Tuesday, 17 February 2015, at 3 p.m.",
                "которое состоится во вторник, 17 февраля 2015 года, в 15 ч. 00 м."));
        assertEquals(0, NumberConflicts.count("Exports rose by 1.5 million tonnes", "Экспорт вырос на 1,5 млн тонн"));
        assertEquals(0, NumberConflicts.count("The talks lasted five hours.", "Переговоры продлились пять часов."));
    }

    @Test
    void anotherMeetingOfTheSameDayDisagreesOnItsMinutes() {
        assertEquals(2, NumberConflicts.count("To be held on Thursday, 12 February 2015, at 10.47 a.m.",
                "которое состоится в четверг, 12 февраля 2015 года, в 10 ч. 23 м."));
        assertEquals(2, NumberConflicts.count("To be held on Tuesday, 17 February 2015, at 3 p.m.",
                "которое состоится во вторник, 17 февраля 2015 года, в 10 ч. 00 м."));
    }

    @Test
    void clockTimesMoveToTheTwentyFourHourClockAndZerosAreDropped() {
        assertEquals(Set.of(15L), NumberConflicts.numbers("at 3 p.m.", true));
        assertEquals(Set.of(18L, 15L), NumberConflicts.numbers("at 6:15 p.m.", true));
        assertEquals(Set.of(10L), NumberConflicts.numbers("at 10 a.m.", true));
        assertEquals(Set.of(7386L), NumberConflicts.numbers("the 7386th meeting", true));
        assertEquals(Set.of(15L), NumberConflicts.numbers("в 15 ч. 00 м.", false));
        assertEquals(Set.of(3L), NumberConflicts.numbers("at 3 p.m.", false), "a Russian text's clock is not read as English");
    }
}
