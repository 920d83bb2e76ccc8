package org.sverka.pipeline.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.InputException;
import org.sverka.pipeline.TinyDisk;

/** A corpus run survives what goes wrong around it: a cut log, hostile ids, a failing or full disk. */
class CorpusRecoveryTest {
    static CorpusBuilder builder(boolean resume, double threshold) {
        return new CorpusBuilder(CorpusBuilderTest.PIPELINE, org.sverka.align.model.SimilarityModel.defaultModel(),
                org.sverka.align.AutoAligner::new, new CorpusBuilder.Options(2, resume, false, false, threshold, 3.0));
    }

    static List<String> hidden(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part") || n.endsWith(".crc")).toList();
        }
    }

    @Test
    void aLogCutInTheMiddleOfACharacterIsReadAndThatPairRedone(@TempDir Path dir) throws IOException {
        List<PairSource> pairs = Manifest.read(CorpusBuilderTest.folder(dir));
        Path out = dir.resolve("out");
        builder(false, 0.5).build(pairs.subList(0, 2), out, new CorpusBuilderTest.Counting());
        byte[] line = "d-again\tok\tПереговоры".getBytes(StandardCharsets.UTF_8);
        Files.write(out.resolve("progress.tsv"), Arrays.copyOf(line, line.length - 1), StandardOpenOption.APPEND);
        CorpusBuilderTest.Counting c = new CorpusBuilderTest.Counting();
        CorpusStats s = builder(true, 0.5).build(pairs, out, c);
        assertEquals(List.of(2), c.pending, "the cut line's pair is done again");
        assertEquals(3, s.pairsDone());
        Files.write(out.resolve("progress.tsv"), new byte[] {'x', (byte) 0xC3, '\t', 'o', 'k', '\t', '\n', 0, '\n'}, StandardOpenOption.APPEND);
        c = new CorpusBuilderTest.Counting();
        builder(true, 0.5).build(pairs, out, c);
        assertEquals(List.of(0), c.pending, "malformed lines are skipped");
    }

    @Test
    void controlCharactersInIdsAndReasonsReachNoOutputRaw(@TempDir Path dir) throws IOException {
        Path in = CorpusBuilderTest.folder(dir);
        Files.move(in.resolve("c-bad.en.pdf"), in.resolve("c\u001b[2J\u0007bad.en.pdf"));
        Files.move(in.resolve("c-bad.ru.txt"), in.resolve("c\u001b[2J\u0007bad.ru.txt"));
        List<PairSource> pairs = Manifest.read(in);
        Path out = dir.resolve("out");
        CorpusStats s = builder(false, 0.5).build(pairs, out, new CorpusBuilderTest.Counting());
        String reason = s.failures().get("c\u001b[2J\u0007bad");
        assertTrue(reason.contains("c\\u001b[2J\\u0007bad.en.pdf"), reason);
        for (String f : List.of("progress.tsv", "stats.json", "report.html")) {
            byte[] b = Files.readAllBytes(out.resolve(f));
            for (byte x : b) {
                assertTrue(x != 0x1b && x != 0x07 && x != 0, f + " holds a raw control character");
            }
        }
        CorpusBuilderTest.Counting c = new CorpusBuilderTest.Counting();
        builder(true, 0.5).build(pairs, out, c);
        assertEquals(List.of(0), c.pending, "the escaped id reads back as the id");
    }

    @Test
    void aDiskFullWhileAssemblingLeavesTheEarlierCorpusWhole(@TempDir Path dir) throws Exception {
        List<PairSource> pairs = Manifest.read(CorpusBuilderTest.folder(dir));
        try (TinyDisk disk = TinyDisk.mount(dir.resolve("disk"), 4 << 20)) {
            Path out = disk.dir().resolve("out");
            builder(false, 0.5).build(pairs, out, new CorpusBuilderTest.Counting());
            byte[] en = Files.readAllBytes(out.resolve("corpus.en"));
            byte[] stats = Files.readAllBytes(out.resolve("stats.json"));
            long tmxPages = (Files.size(out.resolve("corpus.tmx")) + 4095) / 4096;
            // room for the new corpus.tmx and one more small file: one file at a time would fit, all together do not
            Path filler = disk.fill((tmxPages + 1) * 4096);
            InputException e = assertThrows(InputException.class, () -> builder(true, 0.9).build(pairs, out, new CorpusBuilderTest.Counting()));
            assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
            assertArrayEquals(en, Files.readAllBytes(out.resolve("corpus.en")), "corpus.en is the earlier run's");
            assertArrayEquals(stats, Files.readAllBytes(out.resolve("stats.json")));
            assertEquals(List.of(), hidden(out));
            Files.delete(filler);
            CorpusStats s = builder(true, 0.9).build(pairs, out, new CorpusBuilderTest.Counting());
            assertEquals(s.beadsKept(), Files.readAllLines(out.resolve("corpus.en")).size());
            assertEquals(s.beadsKept(), Files.readAllLines(out.resolve("corpus.ru")).size());
        }
    }

    @Test
    void aFullDiskStopsTheRunAndResumeFinishesIt(@TempDir Path dir) throws Exception {
        List<PairSource> pairs = Manifest.read(CorpusBuilderTest.folder(dir));
        CorpusStats clean = builder(false, 0.5).build(pairs, dir.resolve("clean"), new CorpusBuilderTest.Counting());
        try (TinyDisk disk = TinyDisk.mount(dir.resolve("disk"), 4 << 20)) {
            Path out = Files.createDirectories(disk.dir().resolve("out"));
            Path filler = disk.fill(12_000);
            InputException e = assertThrows(InputException.class,
                    () -> builder(false, 0.5).build(pairs, out, new CorpusBuilderTest.Counting()));
            assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
            for (ProgressLog.Entry logged : new ProgressLog(out.resolve("progress.tsv")).read()) {
                assertTrue(CorpusBuilder.readPair(out, logged.id()) != null, logged.id() + " is logged with a whole file");
            }
            assertEquals(List.of(), hidden(out), "no half-written file is left");
            assertFalse(Files.exists(out.resolve("corpus.ru")) && !Files.exists(out.resolve("corpus.en")));
            Files.delete(filler);
            CorpusStats resumed = builder(true, 0.5).build(pairs, out, new CorpusBuilderTest.Counting());
            assertEquals(clean.pairsDone(), resumed.pairsDone());
            assertEquals(clean.beadsKept(), resumed.beadsKept());
            assertEquals(Files.readString(dir.resolve("clean/corpus.en")), Files.readString(out.resolve("corpus.en")));
        }
    }

    @Test
    void aMachineFailureIsRetriedAndAnInputFailureIsNot() {
        assertTrue(PairAligner.environmental(new InputException("a.pdf", "cannot be read: No space left on device",
                new IOException("No space left on device"))));
        assertFalse(PairAligner.environmental(new InputException("a.pdf", "the PDF is password-protected")));
        assertFalse(PairAligner.environmental(new InputException("a.txt", "is not UTF-8 text",
                new java.nio.charset.MalformedInputException(1))));
        assertTrue(PairResult.error("p", "out of disk", 1).retryable());
        assertFalse(PairResult.failed("p", "both documents are in English", 1).retryable());
        assertEquals("a\\\\b\\u0009c\\u001b", ProgressLog.encode("a\\b\tc\u001b"));
        assertEquals("a\\b\tc\u001b", ProgressLog.decode(ProgressLog.encode("a\\b\tc\u001b")));
        assertNull(ProgressLog.decode("bad\\q"));
    }
}
