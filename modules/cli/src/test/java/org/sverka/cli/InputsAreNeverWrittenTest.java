package org.sverka.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command refuses, before any work, an output that would overwrite one of its inputs. */
class InputsAreNeverWrittenTest {
    private static Path copy(Path dir, String story, String name) throws IOException {
        return Files.copy(SverkaTest.STORY.resolve(story), dir.resolve(name));
    }

    @Test
    void alignOntoItsOwnInputIsRefusedAndTheInputKept(@TempDir Path dir) throws IOException {
        Path en = copy(dir, "story.en.txt", "en.txt");
        Path ru = copy(dir, "story.ru.txt", "ru.txt");
        byte[] before = Files.readAllBytes(ru);
        SverkaTest.Run r = SverkaTest.run("align", en.toString(), ru.toString(), "-o", ru.toString(), "--format", "tsv");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("would overwrite the input"), r.err());
        assertArrayEquals(before, Files.readAllBytes(ru));
    }

    @Test
    void mosesOutputWhoseDerivedFilesAreTheInputsIsRefused(@TempDir Path dir) throws IOException {
        Path en = copy(dir, "story.en.txt", "corp.en");
        Path ru = copy(dir, "story.ru.txt", "corp.ru");
        byte[] before = Files.readAllBytes(en);
        SverkaTest.Run r = SverkaTest.run("align", en.toString(), ru.toString(), "--presegmented", "--format", "moses",
                "-o", dir.resolve("corp").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("would overwrite the input"), r.err());
        assertArrayEquals(before, Files.readAllBytes(en));
    }

    @Test
    void alignThroughASymlinkToAnInputIsRefused(@TempDir Path dir) throws IOException {
        Path en = copy(dir, "story.en.txt", "en.txt");
        Path ru = copy(dir, "story.ru.txt", "ru.txt");
        Path link = Files.createSymbolicLink(dir.resolve("out.tsv"), ru);
        byte[] before = Files.readAllBytes(ru);
        SverkaTest.Run r = SverkaTest.run("align", en.toString(), ru.toString(), "-o", link.toString());
        assertEquals(1, r.code(), r.err());
        assertArrayEquals(before, Files.readAllBytes(ru));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void reviewApplyOntoItsWorkbookIsRefusedAndTheReviewKept(@TempDir Path dir) throws IOException {
        Path book = dir.resolve("review.xlsx");
        SverkaTest.Run aligned = SverkaTest.run("align", SverkaTest.story("story.en.txt"), SverkaTest.story("story.ru.txt"),
                "-o", book.toString());
        assertEquals(0, aligned.code(), aligned.err());
        byte[] before = Files.readAllBytes(book);
        SverkaTest.Run r = SverkaTest.run("review", "apply", book.toString(), "-o", book.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("would overwrite the input"), r.err());
        assertArrayEquals(before, Files.readAllBytes(book));
    }

    @Test
    void extractOntoOneOfItsInputsIsRefused(@TempDir Path dir) throws IOException {
        Path a = copy(dir, "story.en.txt", "a.txt");
        Path b = copy(dir, "story.ru.txt", "b.txt");
        byte[] before = Files.readAllBytes(b);
        SverkaTest.Run r = SverkaTest.run("extract", a.toString(), b.toString(), "-o", b.toString());
        assertEquals(1, r.code(), r.err());
        assertArrayEquals(before, Files.readAllBytes(b));
    }

    @Test
    void lexiconTrainOntoItsCorpusIsRefused(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("pairs.tsv");
        Files.writeString(tsv, "The talks began.\tПереговоры начались.\n");
        SverkaTest.Run r = SverkaTest.run("lexicon", "train", tsv.toString(), "-o", tsv.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("The talks began.\tПереговоры начались.\n", Files.readString(tsv));
    }

    @Test
    void writingToDevNullLeavesTheDeviceADevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        SverkaTest.Run r = SverkaTest.run("align", SverkaTest.story("story.en.txt"), SverkaTest.story("story.ru.txt"),
                "-o", "/dev/null", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        assertTrue(!Files.isRegularFile(devNull), "/dev/null is still a device");
    }
}
