package org.sverka.align.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberNormalizerTest {
    static List<String> en(String s) {
        return NumberNormalizer.values(s, "en").stream().map(NumberNormalizer.Value::token).sorted().toList();
    }

    static List<String> ru(String s) {
        return NumberNormalizer.values(s, "ru").stream().map(NumberNormalizer.Value::token).sorted().toList();
    }

    @Test
    void datesAgreeAcrossLanguages() {
        assertEquals(en("on September 16"), ru("16 сентября"));
        assertEquals(List.of("16", "month:9"), ru("16 сентября"));
        assertEquals(en("in May 2020"), ru("в мае 2020 года"));
    }

    @Test
    void decimalsAndThousandsAgree() {
        assertEquals(List.of("1500000"), en("1.5 million"));
        assertEquals(List.of("40000"), ru("около 40 тыс. человек"));
        assertEquals(en("40,000 people"), ru("около 40 тыс. человек"));
        assertEquals(en("$38 billion"), ru("38 млрд долларов"));
        assertEquals(List.of("38"), ru("38 домов"));
        assertEquals(en("1.5 million"), ru("1,5 млн"));
        assertEquals(List.of("1500"), en("1,500 people"));
        assertEquals(en("1,500 people"), ru("1\u00A0500 человек"));
        assertEquals(List.of("62"), ru("62% — дети"));
    }

    @Test
    void rangesGiveBothEnds() {
        assertEquals(List.of("2027", "2036"), en("a plan for 2027-2036"));
        assertEquals(en("a plan for 2027-2036"), ru("план на 2027-2036 гг."));
        // a range's second year written with its last two digits
        assertEquals(List.of("2010", "2011"), en("in 2010–11"));
        assertEquals(en("in 2010–11"), ru("в 2010–2011 годах"));
        assertEquals(List.of("1999", "2000"), en("the 1999-00 season"));
        assertEquals(List.of("11", "2010"), en("in 2010, 11 people"));
    }

    @Test
    void aDecimalMayLackItsLeadingZero() {
        assertEquals(List.of("0.08", "13.04"), en("from 13.04% in Algeria to .08% in New Zealand"));
        assertEquals(en("to .08%"), ru("до 0,08%"));
        assertEquals(List.of("2", "2"), en("(Fig.2).2"));
    }

    @Test
    void clockTimesAgree() {
        assertEquals(List.of("23:00"), en("at 11 p.m. local time"));
        assertEquals(en("at 11 p.m."), ru("в 23:00"));
        assertEquals(List.of("09:30"), en("at 9:30 a.m."));
        // British copy: a dot between hours and minutes, "pm" without dots
        assertEquals(List.of("17:30"), en("the perfect time is 5.30pm on a Saturday"));
        assertEquals(en("at 5.30pm"), ru("в 17:30"));
        assertEquals(List.of("10:00"), en("from 10am"));
        assertEquals(List.of("5.3"), en("a 5.30 rise"));
    }

    @Test
    void aRussianHourWithItsPartOfTheDayIsAClockTime() {
        assertEquals(List.of("14:00"), ru("в 2 часа дня"));
        assertEquals(en("at 2pm"), ru("в 2 часа дня"));
        assertEquals(en("at 6 a.m."), ru("в 6 часов утра"));
        assertEquals(en("at 11pm"), ru("в 11 вечера"));
        assertEquals(List.of("00:00"), ru("в 12 часов ночи"));
        assertEquals(List.of("2"), ru("через 2 часа"));
        assertEquals(List.of("2"), ru("2 дня спустя"));
        assertEquals(List.of("3"), ru("провёл там 3 ночи"));
    }

    @Test
    void numberWordsCount() {
        assertEquals(en("for five hours"), ru("в течение пяти часов"));
        assertEquals(List.of("2"), ru("две страны"));
    }

    @Test
    void aTensWordAndTheUnitAfterItAreOneNumber() {
        assertEquals(List.of("48"), ru("сорока восьми лет"));
        assertEquals(en("forty-eight years"), ru("сорока восьми лет"));
        assertEquals(List.of("21"), en("twenty-one hostages"));
        assertEquals(List.of("48"), en("48 years"));
        // words apart, or a unit before the tens, stay two numbers
        assertEquals(List.of("40", "8"), ru("сорок, восемь"));
        assertEquals(List.of("20", "8"), en("eight or twenty"));
        // the merged number keeps its whole surface for reviewers
        NumberNormalizer.Value v = NumberNormalizer.values("ему сорок восемь лет", "ru").get(0);
        assertEquals("сорок восемь", v.surface());
        assertEquals(4, v.start());
    }

    @Test
    void digitsInsideAWordOrAfterADigitAreNoNumber() {
        List<String> tokens = NumberNormalizer.values("The A380 and the 747-400 flew 2 hours from T5 at 23:05.", "en").stream()
                .map(NumberNormalizer.Value::token).toList();
        assertEquals(List.of("747", "400", "2", "23:05"), tokens);
        List<String> ru = NumberNormalizer.values("Су-35 и МиГ29 пролетели 1,5 км за 10 мин.", "ru").stream()
                .map(NumberNormalizer.Value::token).toList();
        assertEquals(List.of("35", "1.5", "10"), ru);
    }

    @Test
    void theModalMayIsNotAMonth() {
        assertEquals(List.of(), en("the talks may resume"));
        assertEquals(List.of("month:5"), en("in May"));
    }

    @Test
    void surfaceFormsAreKeptForReviewers() {
        assertEquals("1,5", NumberNormalizer.values("около 1,5 млн", "ru").get(0).surface());
    }

    /**
     * Number words and months are read off the runs of letters ({@code \\p{L}+}): a word stands alone
     * between non-letters (digits, hyphens, other scripts' digits), a letter outside the BMP belongs
     * to its run, and each value keeps its surface and offset.
     */
    @Test
    void numberWordsAreWholeRunsOfLetters() {
        assertEquals(List.of("5", "6"), ru("Пять-шесть"));
        assertEquals(List.of("5"), en("five\uD835\uDFD3"));          // a mathematical digit five ends the run
        assertEquals(List.of(), en("\uD835\uDC00five"));            // a mathematical capital A is a letter of it
        assertEquals(List.of(), en("fives and twentyone"));
        assertEquals(List.of("month:5", "month:6"), en("in May and JUNE"));
        assertEquals(List.of(), en("it may be"));
        assertEquals(List.of("3"), en("a, b, c: three"));
        List<NumberNormalizer.Value> v = NumberNormalizer.values("Ещё Три дома, 2 этажа", "ru");
        assertEquals(List.of(new NumberNormalizer.Value("2", "2", 14), new NumberNormalizer.Value("3", "Три", 4)), v);
    }
}
