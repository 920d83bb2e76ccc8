package org.sverka.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sverka.core.LanguageGuess;

/** The document-level decision: a short text judged whole, a long one by the language of most sampled characters. */
class DocumentLanguageTest {
    static final LanguageIdentifier ID = LanguageIdentifier.builder().build();
    static final Path STORY = Path.of(System.getProperty("sverka.testdata", "../../test-data"), "story");
    static final DocumentLanguage DECIDE = new DocumentLanguage(ID);

    /** English paragraphs up to {@code english} characters, then Russian ones up to {@code total}. */
    private static String mixed(int english, int total) throws IOException {
        String en = Files.readString(STORY.resolve("story.en.txt"));
        String ru = Files.readString(STORY.resolve("story.ru.txt"));
        StringBuilder sb = new StringBuilder();
        while (sb.length() < english) {
            sb.append(en).append("\n\n");
        }
        while (sb.length() < total) {
            sb.append(ru).append("\n\n");
        }
        return sb.toString();
    }

    @Test
    void aShortTextIsJudgedWhole() throws IOException {
        String en = Files.readString(STORY.resolve("story.en.txt"));
        assertTrue(en.length() <= DocumentLanguage.WHOLE_TEXT_CHARS);
        assertEquals(ID.detect(en), DECIDE.of(en));
    }

    @Test
    void aLongTextIsTheLanguageOfMostOfItsSamples() throws IOException {
        // English for its first 22,000 characters: the first 20,000 alone would say English
        String mostlyRussian = mixed(22_000, 96_000);
        LanguageGuess g = DECIDE.of(mostlyRussian);
        assertEquals("en", ID.detect(mostlyRussian.substring(0, DocumentLanguage.WHOLE_TEXT_CHARS)).language());
        assertEquals("ru", g.language());
        assertTrue(g.confidence() < 0.9, "a mixed document is told with less confidence: " + g);
        LanguageGuess mostlyEnglish = DECIDE.of(mixed(74_000, 96_000));
        assertEquals("en", mostlyEnglish.language());
    }

    @Test
    void aWholeLanguageKeepsItsConfidence() throws IOException {
        LanguageGuess g = DECIDE.of(mixed(0, 60_000));
        assertEquals("ru", g.language());
        assertTrue(g.confidence() > 0.9, g.toString());
    }
}
