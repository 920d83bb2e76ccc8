package org.sverka.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
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
        // Russian without ы, э, ё and without a Russian-only word or ending is not decided either
        assertNull(ScriptRule.decide("Все граждане Ватикана — католики."));
    }

    @Test
    void russianWithoutItsOwnLettersIsToldByItsOwnWordsAndEndings() {
        assertEquals("ru", ScriptRule.decide("Лавров и Керри обсудили по телефону ситуацию в Сирии."));   // -ию
        assertEquals("ru", ScriptRule.decide("Министр сказал, что переговоры продолжатся."));   // что, сказал, -тся
        assertEquals("ru", ScriptRule.decide("Встреча пройдет в Москве в следующем году."));   // году
        assertEquals("ru", ScriptRule.decide("Об этом говорится в заявлении министерства."));   // -тся
        assertEquals("ru", ScriptRule.decide("Отчет, который опубликован сегодня, подготовлен в Женеве."));   // который
    }

    @Test
    void otherCyrillicLanguagesWithoutTheirOwnLettersAreLeftToTheDetector() {
        // Bulgarian: words Russian does not use, and ъ before a consonant
        assertNull(ScriptRule.decide("Министърът каза, че преговорите ще продължат и в събота."));
        assertNull(ScriptRule.decide("Това е ситуацията, която обсъдиха министрите."));
        assertNull(ScriptRule.decide("Той каза, че всичко е наред."));
        // Ukrainian without і, ї, є: its own words, or an apostrophe where Russian writes ъ or ь
        assertNull(ScriptRule.decide("Переговори тривали п'ять годин."));
        assertNull(ScriptRule.decide("Вона сказала, що буде голосувати за цю програму."));
        assertNull(ScriptRule.decide("Президент говорить, що це дуже важливо."));
        // Serbian and Macedonian without ђ, ј, љ, њ, ћ, џ, ѓ, ќ, ѕ
        assertNull(ScriptRule.decide("Министар је рекао да преговори трају."));
        assertNull(ScriptRule.decide("Тоа е ситуацијата што ја разгледаа министрите."));
        assertNull(ScriptRule.decide("Преговори су трајали пет сати, рекао је министар од Србије."));
        assertNull(ScriptRule.decide("Тоа што го рече министерот е точно."));
    }

    @Test
    void noBulgarianFunctionWordIsARussianCue() {
        CharArraySet bulgarian = BulgarianAnalyzer.getDefaultStopSet();
        assertTrue(bulgarian.size() > 150, "Bulgarian stop words: " + bulgarian.size());
        for (Object w : bulgarian) {
            String word = new String((char[]) w);
            assertNotEquals(CyrillicCues.Cue.RUSSIAN, CyrillicCues.of(word), word);
        }
        assertEquals(CyrillicCues.Cue.FOREIGN, CyrillicCues.of("това"));
        assertEquals(CyrillicCues.Cue.RUSSIAN, CyrillicCues.of("который"));
        assertEquals(CyrillicCues.Cue.RUSSIAN, CyrillicCues.of("считается"));
        assertEquals(CyrillicCues.Cue.NONE, CyrillicCues.of("считаться"));   // Ukrainian -ться too
        assertEquals(CyrillicCues.Cue.NONE, CyrillicCues.of("телефону"));
        assertEquals(CyrillicCues.Cue.NONE, CyrillicCues.of("объявил"));   // ъ before я, е, ё, ю is Russian
        assertEquals(CyrillicCues.Cue.FOREIGN, CyrillicCues.of("българия"));
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
