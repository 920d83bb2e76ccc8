package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The English negation words are read as whole words: a word that starts or ends with one (Nothing
 * starts with "not", casino ends with "no") is read as itself, and a fixed phrase that negates nothing
 * ("not only", "no-fly", "last but not least", "whether or not") is set aside only where it stands whole,
 * not inside "cannot only"; the number sign (No. 1, No 10 Downing Street) negates nothing; a word
 * ending in "-free" negates as "without" does.
 */
class NegationWordsTest {
    @Test
    void theNegationFlaggedIsTheWholeWordNotOneInsideIt() {
        assertEquals(List.of("negation-only-en:nothing"), Negation.flags("Nothing happened.", "Что-то произошло."));
        assertEquals(List.of("negation-only-en:never"), Negation.flags("The casino never opened.", "Казино открылось."));
        assertEquals(List.of("negation-only-en:n't"), Negation.flags("He doesn't agree.", "Он согласен."));
    }

    @Test
    void aPhraseThatNegatesNothingIsSetAsideOnlyWhereItStandsWhole() {
        assertEquals(List.of(), Negation.flags("It is not only a no-fly zone.", "Это не только бесполетная зона."));
        assertEquals(List.of("negation-only-en:cannot"), Negation.flags("It is a no-fly zone, and pilots cannot only circle it.",
                "Это бесполетная зона, и пилоты могут только кружить над ней."));
    }

    @Test
    void twoEnglishNegationsSideBySideSayThePositive() {
        String ru = "Нет смысла искать скидки на прямые рейсы.";
        assertEquals(List.of(), Negation.flags("There is no point in looking for discounts on direct flights.", ru));
        assertEquals(List.of("negation-only-ru:нет"), Negation.flags("There is not no point in looking for discounts on direct flights.", ru));
        assertEquals(List.of(), Negation.flags("Their help isn't nothing.", "Их помощь кое-что значит."));
        // apart, the two are two negations
        assertEquals(List.of("negation-only-en:not"), Negation.flags("It is not over, and no one leaves.", "Это закончилось, и все уходят."));
    }

    @Test
    void theNumberSignIsNoNegation() {
        assertEquals(List.of(), Negation.flags("China aims to be No.1 in AI by 2030.", "Китай намерен стать первым в ИИ к 2030 году."));
        assertEquals(List.of(), Negation.flags("He left No 10 Downing Street.", "Он покинул дом 10 на Даунинг-стрит."));
        assertEquals(List.of("negation-only-en:no"), Negation.flags("No one came in 2010.", "Пришли все в 2010 году."));
    }

    @Test
    void lastButNotLeastAndWhetherOrNotNegateNothing() {
        assertEquals(List.of(), Negation.flags("Last but not least, the hosts drive evolution.", "Наконец, эволюцию определяют носители."));
        assertEquals(List.of(), Negation.flags("Test everyone, whether or not they show symptoms.", "Тестируйте всех, независимо от симптомов."));
        assertEquals(List.of(), Negation.flags("Test everyone, symptoms or not.", "Тестируйте всех, независимо от симптомов."));
        assertEquals(List.of("negation-only-en:not"), Negation.flags("Test everyone or not everyone.", "Тестируйте всех."));
    }

    @Test
    void aWordEndingInFreeNegatesAsAWordWithoutDoes() {
        String ru = "Дезинфицирующее средство, не содержащее спирта, работает хуже.";
        assertEquals(List.of(), Negation.flags("An alcohol-free sanitizer works less well.", ru));
        assertEquals(List.of(), Negation.flags("A sanitizer free of alcohol works less well.", ru));
        assertEquals(List.of("negation-only-ru:не"), Negation.flags("An alcohol sanitizer works less well.", ru));
    }

    @Test
    void aConcessiveNiAfterByNegatesNothing() {
        String en = "Whatever the weather, the match goes ahead.";
        assertEquals(List.of(), Negation.flags(en, "Какой бы ни была погода, матч состоится."));
        assertEquals(List.of("negation-only-ru:ни"), Negation.flags(en, "Какой ни была погода, матч состоится."));
    }

    @Test
    void scarcelyNegatesAsHardlyDoes() {
        String ru = "Их стиль игры почти не изменился.";
        assertEquals(List.of(), Negation.flags("Their style of play has scarcely changed.", ru));
        assertEquals(List.of("negation-only-ru:не"), Negation.flags("Their style of play has changed.", ru));
    }

    @Test
    void aRussianWordMadeWithNeBeforeVNegatesToo() {
        // невыгодна, невиновен: «не-» before в was once read as a word of its own (невеста)
        assertEquals(List.of(), Negation.flags("The road is not economically viable.", "Дорога экономически невыгодна."));
        assertEquals(List.of(), Negation.flags("He says he is not guilty.", "Он заявляет о своей невиновности."));
        assertEquals(List.of("negation-only-en:not"), Negation.flags("He says he is not guilty.", "Он заявляет о своей вине."));
        assertEquals(List.of("negation-only-en:not"), Negation.flags("She is not his bride.", "Она его невеста."));
        assertEquals(List.of("negation-only-en:not"), Negation.flags("The neurologist did not come.", "Невролог пришёл."));
    }

    @Test
    void russianLitotesNegateNothing() {
        // «не обошлось без» says there were, «не составит труда» says easy, «не раз» says more than once
        assertEquals(List.of(), Negation.flags("There were clashes with the police.", "Не обошлось без столкновений с полицией."));
        assertEquals(List.of("negation-only-ru:не"), Negation.flags("There were clashes with the police.", "Не было столкновений с полицией."));
        assertEquals(List.of(), Negation.flags("Bottled water is easy to find.", "Бутилированную воду не составит труда найти."));
        assertEquals(List.of(), Negation.flags("He has said so more than once.", "Он не раз говорил об этом."));
        assertEquals(List.of(), Negation.flags("He talked incessantly.", "Он говорил не умолкая."));
        assertEquals(List.of("negation-only-ru:не"), Negation.flags("He talked.", "Он не говорил."));
    }

    @Test
    void englishComparativesWithANegationNegateNothing() {
        assertEquals(List.of(), Negation.flags("Players believe in it, and never more so than here.", "Игроки верят в это, особенно здесь."));
        assertEquals(List.of(), Negation.flags("I couldn't be more grateful.", "Я очень благодарен."));
        assertEquals(List.of(), Negation.flags("I could not be more grateful.", "Я очень благодарен."));
        assertEquals(List.of("negation-only-en:n't"), Negation.flags("I couldn't be grateful.", "Я очень благодарен."));
    }
}
