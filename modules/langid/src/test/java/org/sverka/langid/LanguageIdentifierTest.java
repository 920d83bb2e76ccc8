package org.sverka.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sverka.core.BlockKind;
import org.sverka.core.Document;
import org.sverka.core.LanguageGuess;

class LanguageIdentifierTest {
    static final LanguageIdentifier ID = LanguageIdentifier.builder().build();
    static final Path STORY = Path.of(System.getProperty("sverka.testdata", "../../test-data"), "story");

    @Test
    void storyDocumentsAreEnglishAndRussian() throws IOException {
        LanguageGuess en = ID.detect(Files.readString(STORY.resolve("story.en.txt")));
        LanguageGuess ru = ID.detect(Files.readString(STORY.resolve("story.ru.txt")));
        assertEquals("en", en.language());
        assertEquals("ru", ru.language());
        assertTrue(en.confidence() > 0.5 && ru.confidence() > 0.5, en + " " + ru);
    }

    @Test
    void closeCyrillicLanguagesAreToldApart() {
        assertEquals("uk", ID.detect("Міністр закордонних справ заявив, що переговори тривали п'ять годин.").language());
        assertEquals("bg", ID.detect("Министърът на външните работи заяви, че преговорите са продължили пет часа.").language());
        assertEquals("ru", ID.detect("Министр иностранных дел заявил, что переговоры длились пять часов.").language());
    }

    @Test
    void plainEnglishAndRussianAreDecidedByTheirLettersOthersByTheDetector() {
        assertEquals(new LanguageGuess("ru", 1.0), ID.detect("Министр иностранных дел заявил, что переговоры были трудными."));
        assertEquals(new LanguageGuess("en", 1.0), ID.detect("The minister said that the talks had been difficult."));
        LanguageGuess de = ID.detect("Die Verhandlungen dauerten fünf Stunden, sagte das Ministerium am Freitag.");
        LanguageGuess fr = ID.detect("Les négociations ont duré cinq heures, a déclaré le ministère vendredi.");
        assertEquals("de", de.language());
        assertEquals("fr", fr.language());
        assertEquals("ru", ID.detect("Все граждане Ватикана — католики, сообщили в Святом престоле.").language());
    }

    @Test
    void headingsWithRomanNumeralsAndLetterLabelsAreToldByTheirWords() {
        assertEquals("ru", ID.detect("II. Здание E").language());
        assertEquals("ru", ID.detect("Раздел IV. Статья 12 B").language());
        assertEquals("ru", ID.detect("Приложение A").language());
        assertEquals("en", ID.detect("Annex IV. Building E").language());
        assertEquals(Character.UnicodeScript.CYRILLIC, LanguageIdentifier.scriptOfWords("II. Здание E"));
        assertEquals(null, LanguageIdentifier.scriptOfWords("Здание Building"), "words of two scripts");
        assertEquals(null, LanguageIdentifier.scriptOfWords("II. E"), "labels only");
        assertEquals(Character.UnicodeScript.LATIN, LanguageIdentifier.scriptOfWords("Report of the UN and ТАСС"));
    }

    @Test
    void theRuleDecidesOnlyWhereTheLanguageSetLetsIt() {
        // with Spanish in the set, the English function words no longer decide alone
        LanguageIdentifier withSpanish = LanguageIdentifier.builder().languages(Set.of("en", "es", "ru")).build();
        assertEquals("en", withSpanish.detect("The minister said that the talks had been difficult.").language());
        assertEquals("es", withSpanish.detect("El ministro dijo que las negociaciones habían sido difíciles.").language());
        LanguageIdentifier noRussian = LanguageIdentifier.builder().languages(Set.of("en", "uk")).build();
        assertEquals("uk", noRussian.detect("Переговоры продлились пять часов.").language());
    }

    @Test
    void eachBlockGetsItsLanguage() {
        Document doc = Document.builder("mixed")
                .add(BlockKind.PARAGRAPH, "The ministers met in Geneva on Tuesday.")
                .add(BlockKind.PARAGRAPH, "Министры встретились во вторник в Женеве.")
                .build();
        assertEquals(List.of("en", "ru"), ID.detectBlocks(doc).stream().map(LanguageGuess::language).toList());
    }

    @Test
    void quotedRussianPhraseInAnEnglishSentenceIsARussianRun() {
        String s = "Lavrov called the proposal «абсолютно неприемлемым» and left the room.";
        List<ScriptRun> runs = ID.scriptRuns(s);
        assertEquals(List.of("Lavrov called the proposal", "«абсолютно неприемлемым»", "and left the room."),
                runs.stream().map(ScriptRun::text).toList());
        assertEquals(List.of("en", "ru", "en"), runs.stream().map(r -> r.language().language()).toList());
        for (ScriptRun r : runs) {
            assertEquals(r.text(), s.substring(r.start(), r.end()));
        }
    }

    @Test
    void singleScriptTextIsOneRun() {
        assertEquals(1, ID.scriptRuns("Переговоры продлились пять часов, сообщил МИД.").size());
    }

    @Test
    void digitsAloneAreUnknown() {
        assertEquals(LanguageGuess.UNKNOWN, ID.detect("2027-2036 62%"));
    }

    @Test
    void languageSetIsConfigurable() {
        LanguageIdentifier two = LanguageIdentifier.builder().languages(Set.of("en", "ru")).build();
        assertEquals(Set.of("en", "ru"), two.languages());
        assertEquals("ru", two.scriptRuns("Он сказал «да».").get(0).language().language());
        assertThrows(IllegalArgumentException.class, () -> LanguageIdentifier.builder().languages(Set.of("en", "xx")));
    }

    @Test
    void severalScriptsAreToldWithoutDetection() {
        org.junit.jupiter.api.Assertions.assertTrue(LanguageIdentifier.hasSeveralScripts("He called it «неприемлемым» on Monday."));
        org.junit.jupiter.api.Assertions.assertFalse(LanguageIdentifier.hasSeveralScripts("Переговоры начались в 10:00."));
        org.junit.jupiter.api.Assertions.assertFalse(LanguageIdentifier.hasSeveralScripts("The talks began, 2 p.m."));
        org.junit.jupiter.api.Assertions.assertFalse(LanguageIdentifier.hasSeveralScripts("123 — ..."));
    }

    /**
     * The Russian side of UN document 2015/a/69/770, a list of names and numbers, as sverka reads it from a
     * text file of one line a paragraph: the detector alone preferred Ukrainian, whose і, ї and є a text of
     * this length would hardly lack.
     */
    @Test
    void aRussianListOfNamesWithoutAUkrainianLetterIsRussian() throws IOException {
        Path un = Path.of(System.getProperty("sverka.data", "../../../shared/data"), "un-devset");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(un), "no evaluation data at " + un);
        List<String> ids = Files.readAllLines(un.resolve("UNv1.0.devset.docids"));
        List<String> russian = Files.readAllLines(un.resolve("UNv1.0.devset.ru"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).equals("2015/a/69/770")) {
                text.append(russian.get(i)).append("\n\n");
            }
        }
        assertTrue(text.toString().contains("снарядов"), "the document's lines: " + text);
        assertEquals(Set.of("uk", "be", "sr", "mk"), MissingLetters.ruledOut(text));
        assertEquals("ru", ID.detect(text.toString()).language());
        assertEquals(Set.of(), MissingLetters.ruledOut("Ваиль Дабул"), "too short to tell");
        assertEquals(Set.of(), MissingLetters.ruledOut("Міністр закордонних справ заявив, що переговори тривали п'ять годин."));
        assertEquals("uk", ID.detect("Міністр закордонних справ заявив, що переговори тривали п'ять годин.").language());
    }
}
