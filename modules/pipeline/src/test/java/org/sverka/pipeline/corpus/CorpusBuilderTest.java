package org.sverka.pipeline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.align.AutoAligner;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.InputException;
import org.sverka.extract.Extractor;
import org.sverka.langid.LanguageIdentifier;
import org.sverka.pipeline.Limits;
import org.sverka.pipeline.Pipeline;

class CorpusBuilderTest {
    static final Path DATA = Path.of(System.getProperty("sverka.testdata", "../../test-data"));
    static final Pipeline PIPELINE = new Pipeline(Extractor.builder().timeout(Duration.ofSeconds(60)).build(),
            LanguageIdentifier.builder().build(), Limits.DEFAULT);

    /** A folder of pairs: the story twice (the second a duplicate), the report, and a pair in one language. */
    static Path folder(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(DATA.resolve("story/story.en.txt"), in.resolve("a-story.en.txt"));
        Files.copy(DATA.resolve("story/story.ru.docx"), in.resolve("a-story.ru.docx"));
        Files.copy(DATA.resolve("report/report.en.txt"), in.resolve("b-report.en.txt"));
        Files.copy(DATA.resolve("story/story.ru.txt"), in.resolve("b-report.ru.txt"));
        Files.copy(DATA.resolve("story/story.en.pdf"), in.resolve("c-bad.en.pdf"));
        Files.copy(DATA.resolve("story/story.en.txt"), in.resolve("c-bad.ru.txt"));
        Files.copy(DATA.resolve("story/page.en.html"), in.resolve("d-again.en.html"));
        Files.copy(DATA.resolve("story/story.ru.odt"), in.resolve("d-again.ru.odt"));
        return in;
    }

    /** Counts what the builder reports. */
    static class Counting implements CorpusBuilder.Progress {
        final List<Integer> pending = new ArrayList<>();
        final List<String> done = new ArrayList<>();

        @Override
        public void start(int total, int todo, String pass) {
            pending.add(todo);
        }

        @Override
        public synchronized void done(PairResult r) {
            done.add(r.id());
        }

        @Override
        public void finish() {
        }
    }

    static CorpusBuilder builder(boolean resume, boolean strict, boolean learn) {
        return new CorpusBuilder(PIPELINE, SimilarityModel.defaultModel(), AutoAligner::new,
                new CorpusBuilder.Options(2, resume, strict, learn, 0.5, 3.0));
    }

    @Test
    void aFolderBecomesACorpus(@TempDir Path dir) throws IOException {
        List<PairSource> pairs = Manifest.read(folder(dir));
        assertEquals(List.of("a-story", "b-report", "c-bad", "d-again"), pairs.stream().map(PairSource::id).toList());
        Path out = dir.resolve("out");
        CorpusStats s = builder(false, false, false).build(pairs, out, new Counting());
        assertEquals(3, s.pairsDone());
        assertTrue(s.failures().get("c-bad").endsWith("both documents are in English; give one English and one Russian document"));
        assertEquals(9 + 4 + 9, s.beadsMatched());
        assertEquals(9, s.filtered().get("duplicate"), "the story again is the same text");
        assertEquals(s.beadsMatched() - s.filtered().values().stream().mapToInt(Integer::intValue).sum(), s.beadsKept());
        List<String> en = Files.readAllLines(out.resolve("corpus.en"));
        assertEquals(s.beadsKept(), en.size());
        assertEquals(en.size(), Files.readAllLines(out.resolve("corpus.ru")).size());
        assertEquals(s.beadsKept() + 1, Files.readAllLines(out.resolve("corpus.tsv")).size());
        assertEquals(s.beadsKept(), Files.readString(out.resolve("corpus.tmx")).split("<tu ", -1).length - 1);
        assertTrue(Files.size(out.resolve("corpus.parquet")) > 0);
        assertTrue(Files.readString(out.resolve("stats.json")).contains("\"beadsKept\" : " + s.beadsKept()));
        assertTrue(Files.readString(out.resolve("report.html")).contains("both documents are in English"));
        List<CorpusStats.ThresholdRow> rows = s.thresholds();
        assertEquals(9, rows.size());
        CorpusStats.ThresholdRow half = rows.get(4);
        assertEquals(0.5, half.threshold(), 1e-9);
        assertEquals(s.beadsMatched() - s.filtered().get("below threshold"), half.beads(), "0.5 is this run's threshold");
        for (int i = 0; i < rows.size(); i++) {
            assertTrue(rows.get(i).beads() == 0 || rows.get(i).expectedPrecision() >= rows.get(i).threshold(), rows.toString());
            assertTrue(i == 0 || rows.get(i).beads() <= rows.get(i - 1).beads(), rows.toString());
        }
        assertTrue(Files.readString(out.resolve("stats.json")).contains("\"expectedPrecision\""));
    }

    @Test
    void aResumedRunDoesOnlyWhatIsLeft(@TempDir Path dir) throws IOException {
        List<PairSource> pairs = Manifest.read(folder(dir));
        Path out = dir.resolve("out");
        builder(false, false, false).build(pairs.subList(0, 2), out, new Counting());
        assertThrows(InputException.class, () -> builder(false, false, false).build(pairs, out, new Counting()),
                "a second run without --resume is refused");
        Counting c = new Counting();
        CorpusStats s = builder(true, false, false).build(pairs, out, c);
        assertEquals(List.of(2), c.pending);
        assertEquals(List.of("c-bad", "d-again"), c.done.stream().sorted().toList());
        assertEquals(4, Files.readAllLines(out.resolve("progress.tsv")).size());
        assertEquals(3, s.pairsDone());
    }

    @Test
    void anOutputFolderThatHoldsTheInputsIsRefusedBeforeAnyWork(@TempDir Path dir) throws IOException {
        Path in = folder(dir);
        List<PairSource> pairs = Manifest.read(in);
        InputException e = assertThrows(InputException.class, () -> builder(false, false, false).build(in, pairs, in, new Counting()));
        assertTrue(e.getMessage().startsWith(in + ": the output folder holds the input "), e.getMessage());
        assertThrows(InputException.class, () -> builder(false, false, false).build(in, pairs, dir, new Counting()));
        assertTrue(!Files.exists(in.resolve("pairs")) && !Files.exists(dir.resolve("pairs")), "nothing was written");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path input = in.resolve("a-story.en.txt");
        byte[] before = Files.readAllBytes(input);
        Files.createSymbolicLink(out.resolve("corpus.en"), input);
        e = assertThrows(InputException.class, () -> builder(false, false, false).build(in, pairs, out, new Counting()));
        assertEquals(out.resolve("corpus.en") + ": would overwrite the input " + input + "; choose another output", e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)));
        Path manifest = Files.writeString(dir.resolve("m.tsv"), "x\tin/a-story.en.txt\tin/a-story.ru.docx\n");
        assertThrows(InputException.class, () -> builder(false, false, false).build(manifest, Manifest.read(manifest), dir, new Counting()),
                "the folder holding the manifest");
    }

    @Test
    void idsThatLookAlikeInFileNamesKeepTheirOwnFiles(@TempDir Path dir) throws IOException {
        Path in = folder(dir);
        String longId = "x".repeat(150) + "Ж".repeat(150);
        Path manifest = Files.writeString(in.resolve("pairs.tsv"), "p @\ta-story.en.txt\ta-story.ru.docx\n"
                + "p!!\tb-report.en.txt\tb-report.ru.txt\n" + longId + "\td-again.en.html\td-again.ru.odt\n");
        assertEquals("p @".hashCode(), "p!!".hashCode(), "the two ids collide under String.hashCode");
        Path out = dir.resolve("out");
        CorpusStats s = builder(false, false, false).build(manifest, Manifest.read(manifest), out, new Counting());
        assertEquals(3, s.pairsDone());
        assertEquals(9 + 4 + 9, s.beadsMatched(), "no pair's beads were lost");
        try (java.util.stream.Stream<Path> files = Files.list(out.resolve("pairs"))) {
            List<Path> names = files.toList();
            assertEquals(3, names.size());
            assertTrue(names.stream().allMatch(f -> f.getFileName().toString().length() < 120), names.toString());
        }
        assertEquals("p!!", CorpusBuilder.readPair(out, "p!!").id());
    }

    @Test
    void aFolderInUseIsRefusedWithItsHolder(@TempDir Path dir) throws IOException {
        List<PairSource> pairs = Manifest.read(folder(dir));
        Path out = Files.createDirectories(dir.resolve("out"));
        try (org.sverka.pipeline.FolderLock held = org.sverka.pipeline.FolderLock.acquire(out)) {
            InputException e = assertThrows(InputException.class, () -> builder(false, false, false).build(pairs, out, new Counting()));
            assertTrue(e.getMessage().startsWith(out + ": is in use by another sverka run (pid " + ProcessHandle.current().pid()),
                    e.getMessage());
        }
        assertTrue(!Files.exists(out.resolve("progress.tsv")), "the refused run wrote nothing");
        builder(false, false, false).build(pairs.subList(0, 1), out, new Counting());
        org.sverka.pipeline.FolderLock.acquire(out).close();
    }

    @Test
    void strictStopsAtTheFirstFailure(@TempDir Path dir) throws IOException {
        List<PairSource> pairs = Manifest.read(folder(dir));
        InputException e = assertThrows(InputException.class,
                () -> builder(false, true, false).build(pairs, dir.resolve("out"), new Counting()));
        assertTrue(e.getMessage().contains("both documents are in English"), e.getMessage());
    }

    @Test
    void learningReportsWhatItLearned(@TempDir Path dir) throws IOException {
        List<PairSource> pairs = Manifest.read(folder(dir));
        Counting c = new Counting();
        CorpusStats s = builder(false, false, true).build(pairs, dir.resolve("out"), c);
        assertEquals(List.of(4, 4), c.pending, "a learning pass, then the aligning pass");
        assertTrue(s.learning().wordPairs() > 0);
        assertTrue(Files.exists(dir.resolve("out/learned-lexicon.tsv")));
    }

    @Test
    void theSecondPassOfLearningAlignsTheDocumentsTheFirstRead(@TempDir Path dir) throws IOException {
        List<PairSource> pairs = Manifest.read(folder(dir));
        // the inputs disappear between the passes: a second pass that read them again would fail every pair
        Counting gone = new Counting() {
            @Override
            public void start(int total, int todo, String pass) {
                super.start(total, todo, pass);
                if (pass.equals("aligning")) {
                    for (PairSource p : pairs) {
                        try {
                            Files.delete(Path.of(p.english()));
                            Files.delete(Path.of(p.russian()));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }
            }
        };
        CorpusStats s = builder(false, false, true).build(pairs, dir.resolve("out"), gone);
        assertEquals(List.of(4, 4), gone.pending);
        assertEquals(java.util.Set.of("c-bad"), s.failures().keySet(), "no pair was read again: " + s.failures());
        assertTrue(s.failures().get("c-bad").contains("both documents are in English"), "the first pass's failure is kept");
        assertEquals(3, s.pairsDone());
        assertTrue(s.beadsKept() > 0);
    }

    @Test
    void manifestsAreCheckedLineByLine(@TempDir Path dir) throws IOException {
        Path m = Files.writeString(dir.resolve("pairs.tsv"), "# id en ru\none\ta.en.txt\ta.ru.txt\none\tb.en.txt\tb.ru.txt\n");
        InputException e = assertThrows(InputException.class, () -> Manifest.read(m));
        assertEquals(m + ": line 3: the id one is used twice", e.getMessage());
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "only-two\tfields\n");
        assertTrue(assertThrows(InputException.class, () -> Manifest.read(bad)).getMessage().contains("line 1: expected id"));
        Path ok = Files.writeString(dir.resolve("ok.tsv"), "x\tsub/x.en.txt\t/abs/x.ru.txt\n");
        assertTrue(assertThrows(InputException.class, () -> Manifest.read(ok)).getMessage().contains("line 1: /abs/x.ru.txt lies outside"));
        PairSource p = Manifest.read(ok, true).get(0);
        assertEquals(dir.resolve("sub/x.en.txt").toString(), p.english());
        assertEquals("/abs/x.ru.txt", p.russian(), "allowed outside");
    }

    @Test
    void manifestPathsStayInsideTheManifestFolder(@TempDir Path dir) throws IOException {
        Path home = Files.createDirectories(dir.resolve("corpus"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "not for the corpus");
        Files.writeString(home.resolve("a.en.txt"), "One.");
        Files.createSymbolicLink(home.resolve("escape.txt"), secret);
        Path m = Files.writeString(home.resolve("pairs.tsv"), "# pairs\nok\ta.en.txt\ta.en.txt\n"
                + "etc\ta.en.txt\t/etc/shadow\n");
        InputException e = assertThrows(InputException.class, () -> Manifest.read(m));
        assertTrue(e.getMessage().startsWith(m + ": line 3: /etc/shadow lies outside the manifest's folder " + home.toRealPath()), e.getMessage());
        Path up = Files.writeString(home.resolve("up.tsv"), "up\ta.en.txt\t../secret.txt\n");
        assertTrue(assertThrows(InputException.class, () -> Manifest.read(up)).getMessage().contains("line 1: ../secret.txt lies outside"));
        Path link = Files.writeString(home.resolve("link.tsv"), "link\ta.en.txt\tescape.txt\n");
        e = assertThrows(InputException.class, () -> Manifest.read(link));
        assertTrue(e.getMessage().contains("line 1: escape.txt lies outside the manifest's folder " + home.toRealPath()
                + " (it leads to " + secret.toRealPath() + ")"), e.getMessage());
        Path url = Files.writeString(home.resolve("url.tsv"), "u\ta.en.txt\tfile:///etc/shadow\n");
        assertTrue(assertThrows(InputException.class, () -> Manifest.read(url)).getMessage().contains("line 1: file:///etc/shadow is a URL"));
        assertEquals(secret.toRealPath().toString(), Manifest.read(link, true).get(0).russian(), "--allow-outside reads it");
        assertEquals("file:///etc/shadow", Manifest.read(url, true).get(0).russian());
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("s.en.txt"), "One.");
        Files.createSymbolicLink(folder.resolve("s.ru.txt"), secret);
        e = assertThrows(InputException.class, () -> Manifest.read(folder));
        assertTrue(e.getMessage().contains("s.ru.txt is a link to " + secret.toRealPath() + ", outside the folder"), e.getMessage());
        assertEquals(1, Manifest.read(folder, true).size());
    }

    @Test
    void filtersCountWhatTheyStop() {
        BeadFilters f = new BeadFilters(0.5, 3.0);
        assertTrue(f.accept(new CorpusBead("p", 1, "The talks ended.", "Переговоры завершились.", 0.9, "1-1", List.of())));
        assertTrue(!f.accept(new CorpusBead("p", 2, "The talks ended!", "Переговоры завершились", 0.9, "1-1", List.of())));
        assertTrue(!f.accept(new CorpusBead("p", 3, "Weak.", "Слабо.", 0.2, "1-1", List.of())));
        assertTrue(!f.accept(new CorpusBead("p", 4, "COVID-19", "COVID-19", 0.9, "1-1", List.of())));
        assertTrue(!f.accept(new CorpusBead("p", 5, "2027-2036 | 62% | 1.5", "2027-2036 | 62% | 1,5 млн", 0.9, "1-1", List.of())));
        assertTrue(!f.accept(new CorpusBead("p", 6, "Привет, мир.", "Здравствуй, мир!", 0.9, "1-1", List.of())));
        assertTrue(!f.accept(new CorpusBead("p", 7, "Yes.", "Да, это было очень долгое заседание, которое закончилось поздно ночью.", 0.9, "1-1", List.of())));
        assertEquals(1, f.counts().get("duplicate"));
        assertEquals(1, f.counts().get("below threshold"));
        assertEquals(1, f.counts().get("identical sides"));
        assertEquals(1, f.counts().get("non-text"));
        assertEquals(1, f.counts().get("wrong language"));
        assertEquals(1, f.counts().get("length ratio"));
    }
}
