package org.sverka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits on every command that reads documents, and the lexicon commands end to end. */
class LimitsAndLexiconTest {
    static SverkaTest.Run align(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("align", SverkaTest.story("story.en.txt"),
                SverkaTest.story("story.ru.txt"), "-o", out.toString()));
        args.addAll(List.of(more));
        return SverkaTest.run(args.toArray(new String[0]));
    }

    @Test
    void tooManySentencesIsAClearError(@TempDir Path dir) {
        SverkaTest.Run r = align(dir.resolve("a.tsv"), "--max-sentences", "5");
        assertEquals(1, r.code());
        assertEquals("sverka: " + SverkaTest.story("story.en.txt") + ": the document has 9 sentences, over the limit of 5",
                r.err().strip());
        assertFalse(Files.exists(dir.resolve("a.tsv")));
    }

    @Test
    void tooLongASentenceIsAClearError(@TempDir Path dir) {
        SverkaTest.Run r = align(dir.resolve("a.tsv"), "--max-sentence-length", "100");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("sentence 3 has 128 characters, over the limit of 100"), r.err());
    }

    @Test
    void tooLargeAFileIsAClearError(@TempDir Path dir) {
        SverkaTest.Run r = align(dir.resolve("a.tsv"), "--max-file-size", "1K");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("over the limit of 1024"), r.err());
    }

    @Test
    void aSlowParseTimesOut(@TempDir Path dir) {
        SverkaTest.Run r = SverkaTest.run("extract", SverkaTest.story("story.ru.pdf"), "--timeout", "0.001");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("parsing took longer than the limit of 0.001 s"), r.err());
    }

    @Test
    void badLimitsAreUsageErrors(@TempDir Path dir) {
        assertEquals(2, align(dir.resolve("a.tsv"), "--max-sentences", "0").code());
        assertEquals(2, align(dir.resolve("a.tsv"), "--max-file-size", "lots").code());
    }

    @Test
    void aLexiconTrainedFromATranslationMemoryIsUsedByAlign(@TempDir Path dir) throws IOException {
        Path tmx = dir.resolve("memory.tmx");
        assertEquals(0, align(tmx).code());
        Path lexicon = dir.resolve("mine.tsv");
        SverkaTest.Run train = SverkaTest.run("lexicon", "train", tmx.toString(), "-o", lexicon.toString(), "--min-probability", "0.3");
        assertEquals(0, train.code(), train.err());
        List<String> lines = Files.readAllLines(lexicon);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("septemb\tсентябр\t")), String.join("\n", lines));
        assertEquals(0, align(dir.resolve("b.tsv"), "--lexicon", lexicon.toString()).code());
        SverkaTest.Run missing = align(dir.resolve("c.tsv"), "--lexicon", dir.resolve("none.tsv").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no such lexicon file"), missing.err());
    }
}
