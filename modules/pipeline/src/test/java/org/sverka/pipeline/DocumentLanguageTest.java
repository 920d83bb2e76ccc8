package org.sverka.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.LanguageGuess;
import org.sverka.langid.DocumentLanguage;

/** One language decision: a mixed document gets the same language from every route. */
class DocumentLanguageTest {
    static final Path DATA = Path.of(System.getProperty("sverka.testdata", "../../test-data"));

    /** About 22,000 characters of English, then about 74,000 of Russian, paragraphs of the test stories. */
    private static String mixed() throws IOException {
        String en = Files.readString(DATA.resolve("story/story.en.txt"));
        String ru = Files.readString(DATA.resolve("story/story.ru.txt"));
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 22_000) {
            sb.append(en).append("\n\n");
        }
        int english = sb.length();
        while (sb.length() < english + 74_000) {
            sb.append(ru).append("\n\n");
        }
        return sb.toString();
    }

    @Test
    void aMostlyRussianDocumentIsRussianByEveryRoute(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mixed.txt");
        Files.writeString(file, mixed(), StandardCharsets.UTF_8);
        Sverka sverka = Sverka.aligner().build();
        ExtractedDocument e = sverka.extract(file);
        LanguageGuess extracted = e.language();
        LanguageGuess read = sverka.pipeline().read(file).language();
        assertEquals("ru", extracted.language());
        assertEquals(extracted, read);
        assertEquals(extracted, sverka.detect(e.document().text()));
        assertTrue(extracted.confidence() < 0.9, "a mixed document is told with less confidence: " + extracted);
    }

    @Test
    void aShortTextIsJudgedWhole() throws IOException {
        String en = Files.readString(DATA.resolve("story/story.en.txt"));
        Sverka sverka = Sverka.aligner().build();
        DocumentLanguage decide = sverka.pipeline().documentLanguage();
        assertEquals(sverka.pipeline().languages().detect(en), decide.of(en));
    }
}
