package org.sverka.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job on local[2], the driver bound to the loopback address. */
class SparkCorpusJobTest {
    static final Path DATA = Path.of(System.getProperty("sverka.testdata", "../../test-data"));
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("sverka-test")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aManifestBecomesParquet(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(DATA.resolve("story/story.en.txt"), docs.resolve("story.en.txt"));
        Files.copy(DATA.resolve("story/story.ru.docx"), docs.resolve("story.ru.docx"));
        Files.copy(DATA.resolve("report/report.en.txt"), docs.resolve("report.en.txt"));
        Files.copy(DATA.resolve("story/story.ru.txt"), docs.resolve("report.ru.txt"));
        Files.copy(DATA.resolve("story/page.en.html"), docs.resolve("again.en.html"));
        Files.copy(DATA.resolve("story/story.ru.odt"), docs.resolve("again.ru.odt"));
        Path manifest = Files.writeString(dir.resolve("pairs.tsv"), "# id\ten\tru\n"
                + "story\tdocs/story.en.txt\tdocs/story.ru.docx\n"
                + "report\tdocs/report.en.txt\tdocs/report.ru.txt\n"
                + "again\tdocs/again.en.html\t" + docs.resolve("again.ru.odt").toUri() + "\n"
                + "missing\tdocs/none.en.txt\tdocs/none.ru.txt\n");
        Path out = dir.resolve("out");
        SparkCorpusJob.Result r = SparkCorpusJob.run(spark, manifest.toString(), out.toString(), 0.5);
        assertEquals(9 + 4, r.beads(), "the story twice counts once: duplicates are dropped across the corpus");
        assertEquals(1, r.failures());
        List<Row> rows = spark.read().parquet(out.resolve("beads").toString()).collectAsList();
        assertEquals(List.of("pair_id", "bead_index", "en", "ru", "score", "type", "flags"),
                List.of(spark.read().parquet(out.resolve("beads").toString()).columns()));
        assertTrue(rows.stream().anyMatch(x -> x.getString(3).equals("Подробности итогового документа стороны не раскрыли.")));
        Row failure = spark.read().parquet(out.resolve("failures").toString()).collectAsList().get(0);
        assertEquals("missing", failure.getString(0));
        assertTrue(failure.getString(1).contains("none.en.txt"), failure.getString(1));
    }
}
