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
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.InputException;
import org.sverka.pipeline.Sverka;
import org.sverka.pipeline.find.ContentPairing;

/**
 * Pairing two folders by content with MLlib's MinHash join on local[2]: real NTREX-128 documents,
 * both sides renamed and shuffled, against the gold and against the single-machine pairing.
 */
class SparkContentPairingTest {
    static final Path DATA = Path.of(System.getProperty("sverka.data", "../../../shared/data"));
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LoopbackSpark.session(SparkSession.builder().master("local[2]"), "sverka-pairing-test", 2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void fortyNewsDocumentsPairAsOnOneMachine(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("ntrex128")), "no shared data at " + DATA);
        ShuffledCollection c = new ShuffledCollection(ShuffledCollection.read(DATA, "ntrex128", "ntrex").subList(0, 40), dir.resolve("in"), 14);
        Files.writeString(c.english.resolve("empty.txt"), "");
        Path out = dir.resolve("out");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SparkContentPairing.Outcome o = SparkContentPairing.pair(spark, options(c, out), new PrintStream(log, true, StandardCharsets.UTF_8));
        String printed = log.toString(StandardCharsets.UTF_8);
        int[] s = c.score(o.result().pairs());
        System.out.printf("local[2]: %d pairs, %d right of 40 (%d candidate pairs)%n", s[1], s[0], o.candidates());
        assertEquals(40, s[0], printed);
        assertEquals(40, s[1], printed);
        assertEquals(List.of(c.english.resolve("empty.txt").toString()), o.result().failed().stream().map(f -> f.file()).toList());
        assertTrue(printed.contains("empty.txt: the file is empty"), printed);
        assertEquals(40, o.pairs().size());
        assertTrue(o.pairs().get(0).english().startsWith("file:/"), "the aligning step reads by URI: " + o.pairs().get(0));

        Path single = dir.resolve("single");
        ContentPairing.Result one = Sverka.aligner().build().contentPairing(2).pair(c.english, c.russian);
        one.write(single.resolve("pairs.tsv"), single.resolve("pairing.tsv"));
        assertEquals(Files.readString(single.resolve("pairs.tsv")), Files.readString(out.resolve("pairs.tsv")),
                "the same pairs.tsv as sverka corpus build --pair-by content");
        List<String> details = Files.readAllLines(out.resolve("pairing.tsv"));
        assertEquals(Files.readAllLines(single.resolve("pairing.tsv")).get(0), details.get(0), "the same columns");
        assertEquals(41, details.size(), "a header and a line per pair: " + details);
    }

    @Test
    void aHeadingTheDetectorMisreadsIsReadInItsFoldersLanguage(@TempDir Path dir) throws IOException {
        // the language detector calls both headings something else (German, French); their folders say Russian and English
        Path en = Files.createDirectories(dir.resolve("en"));
        Path ru = Files.createDirectories(dir.resolve("ru"));
        Files.writeString(en.resolve("agenda.txt"), "Agenda item 13\n");
        Files.writeString(ru.resolve("building.txt"), "II. Здание E\n");
        Files.writeString(ru.resolve("note.txt"), "Pressemitteilung des Bundesministeriums\n");
        Path out = dir.resolve("out");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SparkContentPairing.Outcome o = SparkContentPairing.pair(spark, JobOptions.parse(new String[] {"--pair-by", "content",
                en.toString(), ru.toString(), out.toString()}), new PrintStream(log, true, StandardCharsets.UTF_8));
        String printed = log.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(ru.resolve("note.txt").toString()), o.result().failed().stream().map(f -> f.file()).toList(),
                "only the German text in the Russian folder fails: " + printed);
        assertTrue(o.result().failed().get(0).cause().contains("not Russian"), o.result().failed().get(0).cause());
        java.util.Set<String> placed = new java.util.HashSet<>();
        o.result().pairs().forEach(p -> {
            placed.add(p.english());
            placed.add(p.russian());
        });
        o.result().unpaired().forEach(u -> placed.add(u.path()));
        assertEquals(java.util.Set.of(en.resolve("agenda.txt").toString(), ru.resolve("building.txt").toString()), placed,
                "both headings are read, paired or listed unpaired: " + printed);
    }

    @Test
    void badFoldersAreRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path en = Files.createDirectories(dir.resolve("en"));
        Files.writeString(en.resolve("a.txt"), "The minister arrived in Moscow.");
        Path out = dir.resolve("out");
        InputException missing = assertThrows(InputException.class, () -> SparkContentPairing.pair(spark,
                JobOptions.parse(new String[] {"--pair-by", "content", en.toString(), dir.resolve("ru").toString(), out.toString()}), System.err));
        assertTrue(missing.getMessage().endsWith("ru: no such folder"), missing.getMessage());
        Files.createDirectories(dir.resolve("ru"));
        InputException empty = assertThrows(InputException.class, () -> SparkContentPairing.pair(spark,
                JobOptions.parse(new String[] {"--pair-by", "content", en.toString(), dir.resolve("ru").toString(), out.toString()}), System.err));
        assertTrue(empty.getMessage().endsWith("ru: the folder holds no documents"), empty.getMessage());
        InputException overlap = assertThrows(InputException.class, () -> SparkContentPairing.pair(spark,
                JobOptions.parse(new String[] {"--pair-by", "content", en.toString(), dir.resolve("ru").toString(), en.resolve("out").toString()}),
                System.err));
        assertTrue(overlap.getMessage().contains("overlaps the input folder"), overlap.getMessage());
        assertFalse(Files.exists(out));
    }

    private static JobOptions options(ShuffledCollection c, Path out) {
        return JobOptions.parse(new String[] {"--pair-by", "content", c.english.toString(), c.russian.toString(), out.toString()});
    }
}
