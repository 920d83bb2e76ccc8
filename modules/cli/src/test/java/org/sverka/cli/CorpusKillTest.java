package org.sverka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus run killed in the middle (as kill -9 would) continues with --resume, nothing done twice or lost. */
class CorpusKillTest {
    static final int PAIRS = 40;

    @Test
    void aKilledRunResumesWithoutDuplicatesOrLosses(@TempDir Path dir) throws Exception {
        Path in = pairsFolder(dir);
        Path out = dir.resolve("out");
        Path log = out.resolve("progress.tsv");
        Process p = startAndWaitForThreePairs(in, out, dir.resolve("run.log"));
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int before = lines(log);
        assertTrue(before >= 3 && before < PAIRS, "killed in the middle: " + before + " pairs logged");
        assertTrue(!Files.exists(out.resolve("corpus.tmx")), "the run did not get to the end");

        SverkaTest.Run r = SverkaTest.run("corpus", "build", in.toString(), "-o", out.toString(), "--resume");
        assertEquals(0, r.code(), r.err());
        Map<String, Integer> logged = new HashMap<>();
        for (String line : Files.readAllLines(log)) {
            String[] f = line.split("\t", 3);
            if (f.length == 3 && f[1].equals("ok")) {
                logged.merge(f[0], 1, Integer::sum);
            }
        }
        assertEquals(PAIRS, logged.size(), "every pair done");
        assertTrue(logged.values().stream().allMatch(n -> n == 1), "no pair done twice: " + logged);
        try (Stream<Path> files = Files.list(out.resolve("pairs"))) {
            assertEquals(PAIRS, files.filter(f -> f.toString().endsWith(".json")).count());
        }
        String stats = Files.readString(out.resolve("stats.json"));
        assertTrue(stats.contains("\"pairsDone\" : " + PAIRS), stats);
        assertTrue(stats.contains("\"beadsMatched\" : " + PAIRS * 9), stats);
    }

    @Test
    void anInterruptedRunSaysHowFarItGotAndHowToResume(@TempDir Path dir) throws Exception {
        Path in = pairsFolder(dir);
        Path out = dir.resolve("out");
        Path log = out.resolve("progress.tsv");
        Path runLog = dir.resolve("run.log");
        Process p = startAndWaitForThreePairs(in, out, runLog);
        p.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String said = Files.readString(runLog);
        assertTrue(said.matches("(?s).*corpus: interrupted during \\S+ after \\d+ of " + PAIRS + " pairs.*--resume to continue.*"), said);
    }

    /** A folder of {@link #PAIRS} copies of the story pair. */
    private static Path pairsFolder(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < PAIRS; i++) {
            Files.copy(Path.of(SverkaTest.story("story.en.txt")), in.resolve(String.format("p%02d.en.txt", i)));
            Files.copy(Path.of(SverkaTest.story("story.ru.txt")), in.resolve(String.format("p%02d.ru.txt", i)));
        }
        return in;
    }

    /** Starts a one-thread corpus run in a JVM of its own and returns once it has logged three pairs. */
    private static Process startAndWaitForThreePairs(Path in, Path out, Path runLog) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.sverka.cli.SverkaCli",
                "corpus", "build", in.toString(), "-o", out.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(runLog.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && lines(out.resolve("progress.tsv")) < 3 && p.isAlive()) {
            Thread.sleep(10);
        }
        return p;
    }

    private static int lines(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        return (int) Files.readAllLines(log).stream().filter(l -> l.split("\t", 3).length == 3).count();
    }

}
