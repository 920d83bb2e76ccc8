package org.sverka.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ScriptRuleTest {
    @Test
    void russianIsToldByItsOwnLetters() {
        assertEquals("ru", ScriptRule.decide("Переговоры продлились пять часов, сообщил МИД."));
        assertEquals("ru", ScriptRule.decide("Он её не видел."));
        // Latin names inside Russian text do not hide it
        assertEquals("ru", ScriptRule.decide("Генсек NATO Марк Рютте заявил, что альянс не намерен вмешиваться в эти переговоры."));
    }

    @Test
    void otherCyrillicLanguagesAreLeftToTheDetector() {
        // Ukrainian і, ї, є; Belarusian writes ы and э but also і and ў; Serbian ј, љ, њ; Bulgarian has no ы or э
        assertNull(ScriptRule.decide("Міністр закордонних справ заявив, що переговори тривали п'ять годин."));
        assertNull(ScriptRule.decide("Міністр замежных спраў заявіў, што перамовы працягваліся пяць гадзін."));
        assertNull(ScriptRule.decide("Министар је рекао да су преговори трајали пет сати и да нема њих."));
        assertNull(ScriptRule.decide("Министърът на външните работи заяви, че преговорите са продължили пет часа."));
        // Russian without ы, э or ё is not decided either
        assertNull(ScriptRule.decide("Все граждане Ватикана — католики."));
    }

    @Test
    void englishIsToldByItsFunctionWords() {
        assertEquals("en", ScriptRule.decide("The talks lasted five hours, the ministry said."));
        assertEquals("en", ScriptRule.decide("He said that the reports in Le Monde were wrong about the talks and the ministers."));
    }

    @Test
    void germanFrenchAndShortLabelsAreLeftToTheDetector() {
        assertNull(ScriptRule.decide("Die Verhandlungen dauerten fünf Stunden, sagte das Ministerium."));
        assertNull(ScriptRule.decide("Die Gespräche mit den Vertretern sind nicht zu Ende, und es gibt keine Einigung."));
        assertNull(ScriptRule.decide("Les négociations ont duré cinq heures, a déclaré le ministère."));
        assertNull(ScriptRule.decide("Le ministre est arrivé à Genève pour les discussions."));
        // English words in a German sentence do not make it English
        assertNull(ScriptRule.decide("Der Film The Day of the Jackal ist nicht neu, und die Kritiker sind sich einig."));
        assertNull(ScriptRule.decide("Home"));
        assertNull(ScriptRule.decide("Share this"));
        assertNull(ScriptRule.decide("2027-2036 62%"));
    }

    @Test
    void textOfMixedScriptsIsLeftToTheDetector() {
        assertNull(ScriptRule.decide("The minister said «переговоры были трудными и долгими» to reporters."));
    }
}
