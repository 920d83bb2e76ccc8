package org.sverka.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.InputException;
import org.sverka.extract.Extractor;
import org.sverka.langid.LanguageIdentifier;

/**
 * A pair of small files is read with both files at once; what comes out, and which failure is
 * reported, is what reading one file after the other gives.
 */
class ReadPairTest {
    private static final Path DATA = Path.of(System.getProperty("sverka.testdata", "../../test-data"));
    private static final Pipeline PIPELINE = new Pipeline(Extractor.builder().timeout(Duration.ofSeconds(60)).build(),
            LanguageIdentifier.builder().build(), Limits.DEFAULT);

    @Test
    void twoPagesReadAtOnceAreTheDocumentsReadOneByOne() {
        Path en = DATA.resolve("story/page.en.html");
        Path ru = DATA.resolve("story/page.ru.html");
        Pipeline.Pair pair = PIPELINE.readPair(ru, en, false);
        assertEquals(PIPELINE.read(en), pair.english());
        assertEquals(PIPELINE.read(ru), pair.russian());
        assertTrue(pair.english().size() > 5 && pair.russian().size() > 5, pair.english().size() + " and " + pair.russian().size());
    }

    @Test
    void whenBothFilesFailTheFirstIsReportedEvenIfTheSecondFailsSooner(@TempDir Path dir) throws IOException {
        // the first file fails only once it has been read through (no letters to tell a language by),
        // the second at once (empty): read at the same time, the second's failure comes first
        Path slow = Files.writeString(dir.resolve("digits.txt"), "12345 67890 ".repeat(150_000));
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        InputException e = assertThrows(InputException.class, () -> PIPELINE.readPair(slow, empty, false));
        assertTrue(e.getMessage().startsWith(slow.toString()), e.getMessage());
        InputException reversed = assertThrows(InputException.class, () -> PIPELINE.readPair(empty, slow, false));
        assertTrue(reversed.getMessage().startsWith(empty.toString()), reversed.getMessage());
    }

    @Test
    void aFailingSecondFileIsReportedAfterAGoodFirst(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        InputException e = assertThrows(InputException.class, () -> PIPELINE.readPair(DATA.resolve("story/story.en.txt"), empty, false));
        assertTrue(e.getMessage().startsWith(empty.toString()), e.getMessage());
    }
}
