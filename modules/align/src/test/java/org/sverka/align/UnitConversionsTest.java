package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quantities are read where a number starts, whole: its groups of digits, a range's two ends, the
 * unit after it; a number that no unit follows (a year, a model's code) reads as nothing.
 */
class UnitConversionsTest {
    private static List<String> written(String text) {
        return UnitConversions.of(text).stream().map(q -> q.written() + " " + q.dimension()).toList();
    }

    @Test
    void eachQuantityIsReadOnceFromTheStartOfItsNumber() {
        assertEquals(List.of("1,200 length", "1 930 length"), written("The A320 flew 1,200 miles (1 930 km) in 2019."));
        assertEquals(List.of("5 length", "10 length"), written("In 2019 5-10 km of road were built."));
        assertEquals(List.of("86 temperature", "30 temperature"), written("It was 86 °F, 30 °C in the shade."));
        assertEquals(List.of(), written("In 2019, 300 people came; A380s and Boeing 747s flew."));
    }

    @Test
    void yardsAndBareDegreesAreConverted() {
        // 30 yards are 27.4 m; a sunny 80 degrees (Fahrenheit in American copy) are 26.7 °C
        assertTrue(agreeing("about 30 yards out", "примерно в 27 метрах"));
        assertTrue(agreeing("a sunny 80 degrees", "27 градусов тепла"));
        assertFalse(agreeing("a sunny 80 degrees", "37 градусов тепла"));
        assertFalse(agreeing("about 30 yards out", "примерно в 37 метрах"));
    }

    @Test
    void speedsByTheirDistanceAndEveryCaseOfMile() {
        // 85 mph are 137 km/h; 800 kph are 497 mph; «в 10 милях» are 16 km
        assertTrue(agreeing("winds of 85 mph", "ветрами до 135 км/ч"));
        assertTrue(agreeing("at 800 kph", "со скоростью 497 миль в час"));
        assertTrue(agreeing("about 16 kilometres offshore", "примерно в 10 милях от берега"));
        assertFalse(agreeing("winds of 85 mph", "ветрами до 85 км/ч"));
    }

    private static boolean agreeing(String english, String russian) {
        return UnitConversions.of(english).stream().anyMatch(e -> UnitConversions.of(russian).stream().anyMatch(r -> UnitConversions.agree(e, r)));
    }

    @Test
    void poundsSterlingAreMoneyNotMass() {
        assertEquals(List.of("5 mass"), written("5 фунтов стерлингов за 5 фунтов сахара"));
    }
}
