package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.model.SimilarityModel;

/**
 * A number in digits is flagged when the other side writes a different number, in digits, in words
 * or in Roman numerals; a unit conversion agrees only within the precision its two numbers are
 * written to.
 */
class NumberEvidenceTest {
    private final SimilarityModel model = SimilarityModel.defaultModel();

    private List<String> flags(String en, String ru) {
        return PairFlags.labels(en, ru, model);
    }

    private List<String> notes(String en, String ru) {
        return PairFlags.notes(en, ru, model);
    }

    @Test
    void aCenturyInRomanNumeralsStandsAgainstADifferentCenturyInDigits() {
        assertEquals(List.of(), flags("The market dates from the 18th century.", "Рынок относится к XVIII веку."));
        assertEquals(List.of("number-only-en:12", "number-only-ru:XVIII"),
                flags("The market dates from the 12th century.", "Рынок относится к XVIII веку."));
    }

    @Test
    void aNumberInWordsIsNoOrdinalOfTheOtherSide() {
        // after NTREX-128 (a changed "two years ago"): «два» stands against the third "three", not against "second homes"
        String en = "The surcharge, including the higher levels introduced three years ago on second homes, could be as much as three per cent.";
        assertEquals(List.of("number-only-en:three", "number-only-ru:два"),
                flags(en, "Надбавка, включая повышение, введенное два года назад на приобретение вторичного жилья, может составить до трех процентов."));
        assertEquals(List.of(), flags(en.replace("three years", "two years"),
                "Надбавка, включая повышение, введенное два года назад на приобретение вторичного жилья, может составить до трех процентов."));
        // a word that says how many times still renders a number in words left over: «два раза» ~ twice
        assertEquals(List.of("number-only-en:three", "number-only-ru:четыре"),
                flags("He was hit twice and lost three teeth.", "Его ударили два раза, и он потерял четыре зуба."));
    }

    @Test
    void numbersWrittenInWordsOnBothSidesAreComparedOneForOne() {
        assertEquals(List.of(), flags("We will expel three diplomats in response.", "Мы вышлем трех дипломатов в ответ."));
        assertEquals(List.of("number-only-en:three", "number-only-ru:четырех"),
                flags("We will expel three diplomats in response.", "Мы вышлем четырех дипломатов в ответ."));
        // two fives against one пять: the second five stands against «два»
        assertEquals(List.of("number-only-en:five", "number-only-ru:два"),
                flags("\"If it takes five years, three years or five months - doesn't matter.\"",
                        "«Займет ли это два года, три года или пять месяцев — не имеет значения»."));
        // a word of a longer number is none by itself; a number in words the other side leaves out is not even a note
        assertEquals(List.of(), flags("The club was founded seventy five years ago.", "Клуб был основан 75 лет назад."));
        // a number word beside a number in digits counts with it, wherever the analyser lists the two
        assertEquals(List.of(), flags("Police arrested two 18-year-olds and a 20-year-old.",
                "Полиция задержала троих подозреваемых в возрасте 18 и 20 лет."));
        String en = "Two police vans were inside the cordon.";
        String ru = "Внутри оцепления стояли полицейские автобусы.";
        assertEquals(List.of(), flags(en, ru));
        assertEquals(List.of(), notes(en, ru));
    }

    @Test
    void aNumberInDigitsStandsForOneNumberWhateverFormsItIsReadIn() {
        // 2pm is read as 14:00 and as 2: «14:00» renders it, so it cannot render «два» too; and "2pm five" is no longer number
        String ru = "В 14:00 на место прибыли два полицейских автобуса.";
        assertEquals(List.of(), flags("At 2pm two police vans were inside the cordon.", ru));
        assertEquals(List.of("number-only-en:five", "number-only-ru:два"), flags("At 2pm five police vans were inside the cordon.", ru));
        // a side's digits are matched before its words, wherever they stand: (3) renders (3), which leaves «тремя» against "eight"
        String quantities = "Были установлены связи между тремя основными величинами: (1) поток, (2) плотность и (3) скорость.";
        assertEquals(List.of(), flags("Links were set between the three main quantities: (1) flow, (2) density and (3) speed.", quantities));
        assertEquals(List.of("number-only-en:eight", "number-only-ru:тремя"),
                flags("Links were set between the eight main quantities: (1) flow, (2) density and (3) speed.", quantities));
    }

    @Test
    void theSameDigitsWithAnotherScaleDiffer() {
        assertEquals(List.of(), flags("The company lost $2 billion last year.", "Компания потеряла 2 млрд долларов в прошлом году."));
        assertEquals(List.of("number-only-en:2 billion", "number-only-ru:2 млн"),
                flags("The company lost $2 billion last year.", "Компания потеряла 2 млн долларов в прошлом году."));
        assertEquals(List.of("number-only-en:1.5 million", "number-only-ru:1,5 тыс"),
                flags("About 1.5 million people live in the city.", "В городе живут около 1,5 тыс. человек."));
        // a scale the analyser does not read into the value is none here either: "300+ billion" ~ «300 миллиардов»
        assertEquals(List.of(), flags("The impact could exceed $300+ billion.", "Ущерб может превысить 300 миллиардов долларов."));
        // the same value repeated on one side is no other scale
        assertEquals(List.of(), flags("It paid $2 billion then and will pay $2 billion again.", "Она заплатила и заплатит 2 млрд долларов."));
        // another 2 on the other side does not stand for the billion
        assertEquals(List.of("number-only-en:2 billion", "number-only-ru:2 млн"),
                flags("Two firms, 2 in all, lost $2 billion.", "Две фирмы, 2 в общей сложности, потеряли 2 млн долларов."));
        // the same digits without a scale on one side still match ("£125m" is not read as a scale)
        assertEquals(List.of(), flags("It sold the business for £125m.", "Бизнес продан за 125 млн фунтов стерлингов."));
        assertEquals(List.of(), flags("About 350,000 people marched.", "Около 350 тысяч человек вышли на марш."));
    }

    @Test
    void aNumberWrittenInWordsStandsAgainstADifferentNumberInDigits() {
        assertEquals(List.of(), flags("The governor's office said nineteen of the injured were police officers.",
                "Канцелярия губернатора сообщила, что 19 из раненых были полицейскими."));
        assertEquals(List.of("number-only-en:nineteen", "number-only-ru:11"), flags("The governor's office said nineteen of the injured were police officers.",
                "Канцелярия губернатора сообщила, что 11 из раненых были полицейскими."));
    }

    @Test
    void wordsThatArePartOfALargerNumberOrOneAreNoEvidence() {
        // one hundred and eleven, five decades: the words name 111 and 50, which the number reader does not put together
        assertTrue(flags("One hundred and eleven countries had no monitoring system.", "В 111 странах не было системы мониторинга.")
                .stream().noneMatch(f -> f.startsWith("number")));
        assertTrue(flags("The occupation has lasted five decades.", "Оккупация длится 50 лет.")
                .stream().noneMatch(f -> f.startsWith("number")));
        // before the same scale on both sides, the words count alike
        assertEquals(List.of("number-only-en:twelve", "number-only-ru:шесть"), flags("Another twelve million people need help.",
                "Еще шесть миллионов человек нуждаются в помощи."));
        assertEquals(List.of(), flags("Another twelve million people need help.", "Еще двенадцать миллионов человек нуждаются в помощи."));
        assertEquals(List.of("number-only-en:four", "number-only-ru:два"), flags("Over the past four decades 111 people died.",
                "За последние два десятилетия погибли 111 человек."));
        // "one" is as often a pronoun: a number only here stays a note
        List<String> one = flags("One of them said the talks went well.", "Один из них сказал, что 3 раунда переговоров прошли хорошо.");
        assertTrue(one.stream().noneMatch(f -> f.startsWith("number")), one.toString());
        assertTrue(notes("One of them said the talks went well.", "Один из них сказал, что 3 раунда переговоров прошли хорошо.")
                .contains("number-only-ru:3"));
    }

    @Test
    void aNumberWordJoinedByAHyphenToAWordIsANumberByItself() {
        // "two-goal", "six-point": the number stands alone; "one-sided" makes no longer number of the "seven" before it
        assertEquals(List.of("number-only-en:two", "number-only-ru:семь"),
                flags("The Giants got an early two-goal lead.", "«Джайантс» получили раннее преимущество в семь гола."));
        assertEquals(List.of(), flags("The Giants got an early two-goal lead.", "«Джайантс» получили раннее преимущество в два гола."));
        assertEquals(List.of("number-only-en:seven", "number-only-ru:трех"),
                flags("After seven one-sided sessions, the match was over.", "После трех односторонних сессий матч закончился."));
        // joined by a hyphen to another number, it is a word of a longer one
        assertEquals(List.of(), flags("The club was founded seventy-five years ago.", "Клуб был основан 75 лет назад."));
        assertEquals(List.of(), flags("He scored in the sixty-ninth minute.", "Он забил на 69-й минуте."));
    }

    @Test
    void aWordThatSaysHowManyTimesHoldsItsNumber() {
        assertEquals(List.of("number-only-en:eleven", "number-only-ru:трижды"),
                flags("Pompeo has visited North Korea eleven times this year.", "Помпео посещал Северную Корею уже трижды в этом году."));
        assertEquals(List.of(), flags("Pompeo has visited North Korea three times this year.", "Помпео посещал Северную Корею уже трижды в этом году."));
        assertEquals(List.of("number-only-en:tripled", "number-only-ru:пять"),
                flags("Ratings have more than doubled at CNN and nearly tripled at MSNBC.",
                        "Рейтинги выросли более чем вдвое на CNN и почти в пять раз на MSNBC."));
        assertEquals(List.of(), flags("Ratings have more than doubled at CNN and nearly tripled at MSNBC.",
                "Рейтинги выросли более чем вдвое на CNN и почти в три раза на MSNBC."));
        // «утром» is the morning, «утроил» trebled
        assertEquals(List.of(new WrittenNumbers.NumberWord("утроил", "3")), WrittenNumbers.multipliers("Утром он утроил выручку."));
    }

    @Test
    void anOrdinalInWordsHoldsItsNumber() {
        assertEquals(List.of(), flags("The second round of talks opens in Geneva.", "Второй раунд переговоров открывается в Женеве."));
        assertEquals(List.of("number-only-en:second", "number-only-ru:Третий"),
                flags("The second round of talks opens in Geneva.", "Третий раунд переговоров открывается в Женеве."));
        assertEquals(List.of("number-only-en:fifth", "number-only-ru:седьмом"),
                flags("He lived in a fifth-floor flat.", "Он жил в квартире на седьмом этаже."));
        // «впервые» says "for the first time"; an ordinal and a count of one number render each other
        assertEquals(List.of(), flags("Prices rose for the first time in 20 years.", "Цены выросли впервые за 20 лет."));
        assertEquals(List.of("number-only-en:third", "number-only-ru:впервые"),
                flags("Prices rose for the third time in 20 years.", "Цены выросли впервые за 20 лет."));
        assertEquals(List.of(), flags("He fought in World War Two.", "Он воевал во Второй мировой войне."));
        // "first" and «первый» are said freely: they stand against a word of the other side, not against its digits
        String en = "Hundreds had gathered on the beach when waves as high as six meters (18 feet) hit.";
        String ru = "Первыми жертвами стали сотни гостей на пляже, куда обрушились волны высотой до шести метров.";
        assertEquals(List.of(), flags(en, ru));
        assertEquals(List.of("number-only-en:18"), notes(en, ru));
    }

    @Test
    void ordinalsAreReadOutsideFractionsAndFixedPhrases() {
        assertEquals(List.of(new WrittenNumbers.NumberWord("third", "3")),
                WrittenNumbers.ordinals("The third round gave a third of the votes to the twenty-first party.", true));
        assertEquals(List.of(new WrittenNumbers.NumberWord("втором", "2"), new WrittenNumbers.NumberWord("первых", "1")),
                WrittenNumbers.ordinals("Во втором туре он набрал две пятых голосов, и три первых места достались ему.", false));
        assertEquals(List.of(), WrittenNumbers.ordinals("First of all, first-hand reports came in within a split second, 30 second later.", true));
    }

    @Test
    void aRomanNumeralTheOtherSideWritesInsideAWordIsNoEvidence() {
        List<String> f = flags("A road map for Habitat III has been established.", "25. Была разработана дорожная карта по подготовке к ХабитатIII.");
        assertTrue(f.stream().noneMatch(l -> l.startsWith("number")), f.toString());
    }

    @Test
    void aCodeWrittenTheSameOnBothSidesMatchesOnceForEachTime() {
        assertEquals(List.of(), flags("WHO assigned the codes U07.1 and U07.2.", "ВОЗ присвоила коды U07.1 и U07.2."));
        assertTrue(flags("The R0 was 3.77 and the adjusted R0 was 2.23.", "Показатель R8 составил 3,77, а скорректированный R0 составил 2,23.")
                .contains("number-only-en:R0"));
    }

    @Test
    void aConversionAgreesOnlyWithinThePrecisionOfItsNumbers() {
        assertEquals(List.of(), flags("Ten years ago, a 650 pound pig pinned a farmer to his tractor.",
                "Десять лет назад 300-килограммовое животное прижало фермера к трактору."));
        assertEquals(List.of(), flags("The storm passed within 40 miles of the border.", "Шторм прошел в 65 км от границы."));
        // 650 pounds is 292 to 297 kg; 307 kg is written to the kilogram
        assertTrue(flags("Ten years ago, a 650 pound pig pinned a farmer to his tractor.",
                "Десять лет назад 307-килограммовое животное прижало фермера к трактору.").contains("number-only-ru:307"));
        // 45 miles is 71 to 73 km
        assertTrue(flags("The storm passed within 45 miles of the border.", "Шторм прошел в 65 км от границы.").contains("number-only-ru:65"));
    }

    @Test
    void aDecadeAClockTimeAndAConvertedDistanceOrTemperatureAgreeAsTranslatorsWriteThem() {
        assertEquals(List.of(), flags("The congregation moved out in the 1930s.", "Прихожане покинули приход в 30-е годы прошлого века."));
        assertEquals(List.of("number-only-en:1930", "number-only-ru:40"),
                flags("The congregation moved out in the 1930s.", "Прихожане покинули приход в 40-е годы прошлого века."));
        assertEquals(List.of(), flags("The best time for a pint is 5.30pm on a Saturday.", "Лучшее время для пинты пива — 17:30 в субботу."));
        assertEquals(List.of("number-only-en:5.30pm", "number-only-ru:18:30"),
                flags("The best time for a pint is 5.30pm on a Saturday.", "Лучшее время для пинты пива — 18:30 в субботу."));
        assertEquals(List.of(), flags("The boy was found at about 04:00 on Sunday.", "Мальчика нашли около 4 часов утра в воскресенье."));
        assertEquals(List.of("number-only-en:04:00", "number-only-ru:5"),
                flags("The boy was found at about 04:00 on Sunday.", "Мальчика нашли около 5 часов утра в воскресенье."));
        assertEquals(List.of(), flags("He scored from 30 yards out.", "Он забил с 27 метров."));
        assertEquals(List.of(), flags("A study in 2010–11 found 29.2 beds.", "Исследование 2010–2011 годов выявило 29,2 койки."));
        assertEquals(List.of(), flags("It ranged from 13% to .08% of cases.", "Он составлял от 13% до 0,08% случаев."));
        assertEquals(List.of(), flags("It was a sunny 80 degrees on the island.", "На острове было 27 градусов тепла."));
        assertEquals(List.of("number-only-en:80", "number-only-ru:17"),
                flags("It was a sunny 80 degrees on the island.", "На острове было 17 градусов тепла."));
    }
}
