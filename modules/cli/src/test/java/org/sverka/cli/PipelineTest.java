package org.sverka.cli;

import org.sverka.pipeline.Pipeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sverka.core.InputException;
import org.sverka.core.SegmentedDocument;
import org.sverka.core.Sentence;

/** The acceptance test of the ingest pipeline: every format of the story gives the expected sentences. */
class PipelineTest {
    static final Path DATA = Path.of(System.getProperty("sverka.testdata", "../../test-data"));
    static final Path STORY = DATA.resolve("story");

    static List<String> expected(String lang, boolean eightBit) throws IOException {
        return Files.readAllLines(STORY.resolve("expected." + lang + ".txt")).stream()
                .map(s -> eightBit ? s.replaceAll("[«»]", "\"").replace('—', '-') : s).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page.en.html", "story.en.pdf", "story.en.docx", "story.en.doc", "story.en.odt",
        "story.en.rtf", "story.en.eml", "story.en.txt", "story.en.utf16.txt",
        "page.ru.html", "story.ru.pdf", "story.ru.docx", "story.ru.doc", "story.ru.odt",
        "story.ru.rtf", "story.ru.eml", "story.ru.txt", "story.ru.utf16.txt",
        "story.ru.cp1251.txt", "story.ru.koi8r.txt", "story.ru.ibm866.txt"})
    void everyFormatGivesTheExpectedSentences(String file) throws IOException {
        String lang = file.contains(".ru.") ? "ru" : "en";
        SegmentedDocument doc = SverkaCli.pipeline().read(STORY.resolve(file));
        assertEquals(lang, doc.language().language());
        assertEquals(expected(lang, file.matches(".*\\.(cp1251|koi8r|ibm866)\\.txt")), doc.texts(), file);
        for (Sentence s : doc.sentences()) {
            assertEquals(s.text(), doc.document().text().substring(s.start(), s.end()));
        }
    }

    @Test
    void pairIsPutInEnglishRussianOrder() {
        Pipeline.Pair pair = SverkaCli.pipeline().readPair(STORY.resolve("story.ru.docx"), STORY.resolve("page.en.html"), false);
        assertEquals("en", pair.english().language().language());
        assertEquals("ru", pair.russian().language().language());
    }

    @Test
    void presegmentedLinesAreTakenAsTheyAre(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("ru.txt"), "Первая строка. Без разбиения.\nВторая строка\n");
        SegmentedDocument doc = SverkaCli.pipeline().readLines(f);
        assertEquals(List.of("Первая строка. Без разбиения.", "Вторая строка"), doc.texts());
    }

    @Test
    void documentInAnotherLanguageIsRefused(@TempDir Path dir) throws IOException {
        Path de = Files.writeString(dir.resolve("de.txt"),
                "Die Außenminister trafen sich am Dienstag in Genf und sprachen mehr als fünf Stunden lang.");
        InputException e = assertThrows(InputException.class,
                () -> SverkaCli.pipeline().readPair(de, STORY.resolve("story.ru.txt"), false));
        assertEquals(de + ": the document is in German (de); sverka aligns English with Russian", e.getMessage());
    }

    @Test
    void twoDocumentsInOneLanguageAreRefused() {
        InputException e = assertThrows(InputException.class,
                () -> SverkaCli.pipeline().readPair(STORY.resolve("story.en.txt"), STORY.resolve("page.en.html"), false));
        assertTrue(e.getMessage().endsWith("both documents are in English; give one English and one Russian document"),
                e.getMessage());
    }
}
