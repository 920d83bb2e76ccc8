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
    void numbersWrittenOnBothSidesPairBeforeConversionsAndCodesCount() {
        // the 40 miles are the 40 миль: 61 km is no conversion of them
        assertEquals(List.of("number-only-en:61", "number-only-ru:65"), flags("It hit about 61 km (40 miles) south of Butte.",
                "Он произошел примерно в 65 км (40 миль) южнее Бьютта."));
        assertEquals(List.of(), flags("It hit about 65 km (40 miles) south of Butte.", "Он произошел примерно в 65 км (40 миль) южнее Бьютта."));
        assertEquals(List.of("number-only-en:HER3", "number-only-ru:HER2"), flags("HER3 drives the growth of cancer.",
                "HER2 стимулирует рост рака."));
        assertEquals(List.of(), flags("The virus binds to ACE2.", "Вирус связывается с АПФ2."));
        assertEquals(List.of(), flags("Call the helpline free on 116 123.", "Позвоните на горячую линию по номеру 116 123."));
    }

    @Test
    void aNegationOnOneSideOnlyIsFlagged() {
        assertEquals(List.of("negation-only-en:not"), flags("The talks did not succeed.", "Переговоры увенчались успехом."));
        assertEquals(List.of("negation-only-ru:не"), flags("The talks succeeded.", "Переговоры не увенчались успехом."));
        assertEquals(List.of(), flags("The talks did not succeed.", "Переговоры не увенчались успехом."));
        assertTrue(flags("The talks failed.", "Переговоры не увенчались успехом.").isEmpty());
    }

    @Test
    void aWordMadeWithNeOrBezCancelsOnlyTheNegationItRenders() {
        // «недовольна» renders "not happy" (довольн ~ happy, the word after the negation)
        assertEquals(List.of(), flags("The group was not happy with the name.", "Группа была недовольна названием."));
        // «без возможности» renders "no possibility"
        assertEquals(List.of(), flags("He got life in prison with no possibility of release.",
                "Он получил пожизненное заключение без возможности освобождения."));
        // a «не-» word far from the added negation, rendering something else (non-food), does not hide it
        assertEquals(List.of("negation-only-en:not"), flags(
                "Mike Coupe has not said the outlets will look like department stores, with more services and non-food.",
                "Майк Куп говорит, что аутлеты будут похожи на универмаги, с большим числом услуг и непродовольственных товаров."));
        // «безопасности» (security) is no «без»
        assertEquals(List.of("negation-only-en:not"), flags("The council did not discuss security.",
                "Совет обсудил вопросы безопасности."));
        // "only" and «только» negate nothing
        assertEquals(List.of("negation-only-ru:не"), flags("The man was identified only by his surname.",
                "Мужчина не был опознан только по фамилии."));
    }

    @Test
    void transliterationsOfGermanFrenchAndChineseNamesAgree() {
        assertEquals(List.of(), flags("Vettel finished second.", "Феттель финишировал вторым."));
        assertEquals(List.of(), flags("Bouchard won the match.", "Бушар выиграла матч."));
        assertEquals(List.of(), flags("Xinhua reported the news.", "Об этом сообщило агентство Синьхуа."));
        assertEquals(List.of("name-only-en:Vettel", "name-only-ru:Хэмилтон"), flags("Vettel finished second.", "Хэмилтон финишировал вторым."));
    }

    @Test
    void numberWordsAndRanksOpeningASentenceAreNotNames() {
        assertEquals(List.of(), flags("Six hostages were released early.", "Шестеро заложников освободили раньше."));
        assertEquals(List.of(), flags("Fourteen schools were closed on Wednesday.", "Четырнадцать школ были закрыты в среду."));
        assertEquals(List.of(), flags("Lieutenant Colonel Smith said so.", "Об этом сообщил подполковник Смит."));
    }

    @Test
    void aNameOnOneSideOnlyIsFlagged() {
        assertEquals(List.of("name-only-en:Petrova"), flags("The talks went well, Petrova said.", "Переговоры прошли хорошо."));
    }

    @Test
    void wordsOfALongerNameRenderedOtherwiseAreNotFlagged() {
        assertEquals(List.of(), flags("There were 32,308 cases in New York City.", "В Нью-Йорке было 32 308 случаев."));
        assertEquals(List.of(), flags("Prices rose in Europe.Older adults are at risk.",
                "Цены выросли в Европе. Пожилые люди находятся в группе риска."));
        assertEquals(List.of(), flags("He warned: \"This is a reality check.\"", "Он предупредил: «Это проверка реальностью»."));
    }

    @Test
    void abbreviationsAndTransliterationVariantsAreNotFlagged() {
        assertEquals(List.of(), flags("High PEEP may not be available on older ventilators.",
                "На старых моделях аппаратов высокое ПДКВ может быть недоступно."));
        assertEquals(List.of(), flags("Also the president of Estonia, Kersti Kaljulaid, made a call.",
                "Президент Эстонии Керсти Кальюлайд также выступила с призывом."));
        assertEquals(List.of(), flags("The hat has been seen on everyone from Rihanna to Emily.",
                "Эту шляпу носили все, от Рианны до Эмили."));
    }

    @Test
    void numbersWrittenAnotherWayOrRepeatedAgree() {
        assertEquals(List.of(), flags("He entered the market at 4.40 am.", "Он пришел на рынок в 4:40 утра."));
        assertEquals(List.of(), flags("It began in the 15th century.", "Это началось в XV веке."));
        assertEquals(List.of(), flags("Seven editions came out from 16 January 2020 to 3 March 2020.",
                "С 16 января по 3 марта 2020 года вышло семь выпусков."));
        assertEquals(List.of("number-only-en:40"), flags("More than 40 people were killed.", "Погибли люди."));
    }

    @Test
    void fixedPhrasesWithANegationWordNegateNothing() {
        assertEquals(List.of(), flags("Sanitizer should contain at least 60% alcohol.", "Средство должно содержать не менее 60% спирта."));
        assertEquals(List.of(), flags("I continually worry about it.", "Я не перестаю об этом беспокоиться."));
        assertEquals(List.of(), flags("He finished his race soon after Alonso.", "Он завершил гонку не долго после Алонсо.").stream()
                .filter(f -> f.startsWith("name")).toList());
        assertEquals(List.of(), flags("These are relapses rather than new infections.", "Это обострения, а не новые заражения."));
    }
}
