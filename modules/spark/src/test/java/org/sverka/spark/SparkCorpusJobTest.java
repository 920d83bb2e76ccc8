package org.sverka.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.InputException;

/** The Spark job on local[2], the driver bound to the loopback address. */
class SparkCorpusJobTest {
    static final Path DATA = Path.of(System.getProperty("sverka.testdata", "../../test-data"));
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LoopbackSpark.session(SparkSession.builder().master("local[2]"), "sverka-test", 2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aManifestBecomesParquetWithProgressAndFailures(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("corpus/docs"));
        Files.copy(DATA.resolve("story/story.en.txt"), docs.resolve("story.en.txt"));
        Files.copy(DATA.resolve("story/story.ru.docx"), docs.resolve("story.ru.docx"));
        Files.copy(DATA.resolve("report/report.en.txt"), docs.resolve("report.en.txt"));
        Files.copy(DATA.resolve("story/story.ru.txt"), docs.resolve("report.ru.txt"));
        Files.copy(DATA.resolve("story/page.en.html"), docs.resolve("again.en.html"));
        Files.copy(DATA.resolve("story/story.ru.odt"), docs.resolve("again.ru.odt"));
        Files.writeString(docs.resolve("empty.en.txt"), "");
        Path manifest = Files.writeString(dir.resolve("corpus/pairs.tsv"), "# id\ten\tru\n"
                + "story\tdocs/story.en.txt\tdocs/story.ru.docx\n"
                + "\n"
                + "report\tdocs/report.en.txt\t" + docs.resolve("report.ru.txt") + "\n"
                + "again\tdocs/again.en.html\t" + docs.resolve("again.ru.odt").toUri() + "\n"
                + "empty\tdocs/empty.en.txt\tdocs/story.ru.docx\n");
        Path out = dir.resolve("out");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SparkCorpusJob.Result r = SparkCorpusJob.run(spark, new JobOptions("auto", null, 0, false, manifest.toString(), out.toString(), 0.5),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        String printed = log.toString(StandardCharsets.UTF_8);

        assertEquals(4, r.pairs());
        assertEquals(4, r.partitions(), "two cores, four pairs: one pair per partition");
        assertEquals(9 + 4, r.beads(), "the story twice counts once: duplicates are dropped across the corpus");
        assertEquals(1, r.failures().size());
        assertEquals("empty", r.failures().get(0).pairId());
        assertTrue(r.failures().get(0).reason().contains(docs.resolve("empty.en.txt").toString()),
                "the reason names the document as the manifest does, not its local copy: " + r.failures().get(0).reason());
        assertTrue(printed.contains("sverka: pair empty failed: "), printed);
        assertTrue(printed.contains("of 4 done"), printed);

        List<Row> rows = spark.read().parquet(out.resolve("beads").toString()).collectAsList();
        assertEquals(List.of("pair_id", "bead_index", "en", "ru", "score", "type", "flags"),
                List.of(spark.read().parquet(out.resolve("beads").toString()).columns()));
        assertTrue(rows.stream().anyMatch(x -> x.getString(3).equals("Подробности итогового документа стороны не раскрыли.")));
        Row failure = spark.read().parquet(out.resolve("failures").toString()).collectAsList().get(0);
        assertEquals("empty", failure.getString(0));

        List<Path> progress;
        try (Stream<Path> s = Files.list(out.resolve("progress"))) {
            progress = s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        assertEquals(List.of("part-00000-of-00004.tsv", "part-00001-of-00004.tsv", "part-00002-of-00004.tsv", "part-00003-of-00004.tsv"),
                progress.stream().map(p -> p.getFileName().toString()).toList());
        List<String> last = Files.readAllLines(progress.get(3));
        assertTrue(last.get(0).startsWith("empty\tfailed\t0\t"), last.get(0));
        assertTrue(last.get(1).startsWith("# done: 1 pairs, 1 failed, 0 beads, executor driver"), last.get(1));
        assertTrue(Files.readAllLines(progress.get(0)).get(0).startsWith("story\tok\t9\t"));
    }

    @Test
    void aMissingDocumentIsRefusedBeforeTheJobStarts(@TempDir Path dir) throws IOException {
        Files.copy(DATA.resolve("story/story.en.txt"), dir.resolve("story.en.txt"));
        Files.copy(DATA.resolve("story/story.ru.txt"), dir.resolve("story.ru.txt"));
        Path manifest = Files.writeString(dir.resolve("pairs.tsv"), "story\tstory.en.txt\tstory.ru.txt\n"
                + "gone\tnone.en.txt\tstory.ru.txt\n"
                + "elsewhere\tsub/none.en.txt\tsub/none.ru.txt\n");
        Path out = dir.resolve("out");
        InputException e = assertThrows(InputException.class, () -> SparkCorpusJob.run(spark, manifest.toString(), out.toString(), 0.5));
        assertEquals(manifest + ": line 2: " + dir.toUri().toString().replace("file:///", "file:/") + "none.en.txt does not exist as a file"
                + " (and 2 more missing documents); paths are resolved against the manifest's folder and must be readable by every executor",
                e.getMessage());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void outputOverAnInputIsRefused(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("out/beads"));
        Files.copy(DATA.resolve("story/story.en.txt"), docs.resolve("story.en.txt"));
        Files.copy(DATA.resolve("story/story.ru.txt"), docs.resolve("story.ru.txt"));
        Path manifest = Files.writeString(dir.resolve("pairs.tsv"), "story\tout/beads/story.en.txt\tout/beads/story.ru.txt\n");
        InputException e = assertThrows(InputException.class,
                () -> SparkCorpusJob.run(spark, manifest.toString(), dir.resolve("out").toString(), 0.5));
        assertTrue(e.getMessage().contains("line 1: ") && e.getMessage().contains("which the job replaces"), e.getMessage());
        assertTrue(Files.exists(docs.resolve("story.en.txt")));
    }
}
