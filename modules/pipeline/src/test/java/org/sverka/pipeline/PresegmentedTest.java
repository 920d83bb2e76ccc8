package org.sverka.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.InputException;
import org.sverka.core.SegmentedDocument;
import org.sverka.extract.Extractor;
import org.sverka.langid.LanguageIdentifier;

/** Presegmented files: a line feed ends a sentence, a lone carriage return does not, and the limits hold. */
class PresegmentedTest {
    static final LanguageIdentifier LANGUAGES = LanguageIdentifier.builder().build();

    static Pipeline pipeline(int maxText) {
        return new Pipeline(Extractor.builder().timeout(Duration.ofSeconds(60)).build(), LANGUAGES,
                new Limits(50L << 20, maxText, 100_000, 20_000, Duration.ofSeconds(60)));
    }

    @Test
    void aLoneCarriageReturnDoesNotSplitALine(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("en.txt"), "The talks ended late on Friday.\rThey will resume next week.\n"
                + "Both sides called them useful.\r\nNo date was set.\r\n");
        SegmentedDocument d = pipeline(5_000_000).readLines(f);
        assertEquals(List.of("The talks ended late on Friday. They will resume next week.", "Both sides called them useful.",
                "No date was set."), d.texts());
    }

    @Test
    void aLineFeedEndsALineAndOneCarriageReturnBeforeItGoesWithIt() {
        assertEquals(List.of("a ", "", "b"), Pipeline.lines("a\r\r\n\nb"));
        assertEquals(List.of("a", ""), Pipeline.lines("a\n\n"));
        assertEquals(List.of(""), Pipeline.lines("\n"));
        assertEquals(List.of(), Pipeline.lines(""));
        assertEquals(List.of("last line without a feed"), Pipeline.lines("last line without a feed"));
        assertEquals(List.of("x", " y"), Pipeline.lines("x\r\n\ry\r\n"));
    }

    @Test
    void theTextLimitHolds(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("en.txt"), "The talks ended late on Friday.\nThey will resume next week.\n");
        InputException e = assertThrows(InputException.class, () -> pipeline(40).readLines(f));
        assertTrue(e.getMessage().endsWith("the text has 60 characters, over the limit of 40"), e.getMessage());
        assertEquals(2, pipeline(60).readLines(f).size());
    }
}
