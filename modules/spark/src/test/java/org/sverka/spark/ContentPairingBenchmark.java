package org.sverka.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.align.eval.ParallelDocument;
import org.sverka.pipeline.find.ContentPairing;

/**
 * The pairing figures of {@code sverka eval find} for the Spark job: every document of NTREX-128,
 * FLORES-200 (devtest) and the UN development set (1,136 a side) written as text files under
 * shuffled random names (seed 2026), paired with {@code --pair-by content} on local[2], and the
 * pairs scored against the gold, overall and per corpus. A benchmark, not a test: it runs only
 * when asked for, and prints.
 * <pre>
 * mvn -o -q -pl modules/spark -am test -Dtest=ContentPairingBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dsverka.benchmark=true \
 *   [-Dsverka.minSimilarity=0.05] [-Dsverka.hashTables=40]
 * </pre>
 */
class ContentPairingBenchmark {
    static final Path DATA = Path.of(System.getProperty("sverka.data", "../../../shared/data"));
    static final String[][] CORPORA = {{"ntrex128", "ntrex"}, {"flores200", "flores200.devtest"}, {"un-devset", "UNv1.0.devset"}};

    @Test
    void pairTheEvalFindCollection(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("sverka.benchmark"), "a benchmark: -Dsverka.benchmark=true");
        Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("ntrex128")), "no shared data at " + DATA);
        List<ParallelDocument> all = new ArrayList<>();
        Map<Integer, String> corpusOf = new HashMap<>();
        for (String[] c : CORPORA) {
            for (ParallelDocument d : ShuffledCollection.read(DATA, c[0], c[1])) {
                corpusOf.put(all.size(), c[0]);
                all.add(d);
            }
        }
        ShuffledCollection c = new ShuffledCollection(all, dir.resolve("in"), 2026);
        Map<String, String> corpusOfName = new HashMap<>();
        List<String> names = c.orderedEnglishNames();
        for (int i = 0; i < names.size(); i++) {
            corpusOfName.put(names.get(i), corpusOf.get(i));
        }
        String min = System.getProperty("sverka.minSimilarity", String.valueOf(PairByContent.MIN_SIMILARITY));
        String tables = System.getProperty("sverka.hashTables", String.valueOf(PairByContent.HASH_TABLES));
        SparkSession spark = LoopbackSpark.session(SparkSession.builder().master("local[2]"), "sverka-pairing-benchmark", 4);
        try {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            long t0 = System.nanoTime();
            SparkContentPairing.Outcome o = SparkContentPairing.pair(spark, JobOptions.parse(new String[] {"--pair-by", "content",
                "--min-similarity", min, "--hash-tables", tables, c.english.toString(), c.russian.toString(), dir.resolve("out").toString()}),
                    new PrintStream(log, true, StandardCharsets.UTF_8));
            double seconds = (System.nanoTime() - t0) / 1e9;
            log.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.contains("unpaired")).forEach(System.out::println);
            ContentPairing.Result r = o.result();
            int[] s = c.score(r.pairs());
            System.out.printf(Locale.ROOT, "pairing %d + %d documents (min similarity %s, %s hash tables, optimal assignment): %d pairs, %d right: "
                            + "precision %.4f, recall %.4f; %d unpaired, %d failed; %d candidate pairs; %.1f s on local[2]%n", all.size(), all.size(),
                    min, tables, s[1], s[0], (double) s[0] / s[1], (double) s[0] / all.size(),
                    r.unpaired().size(), r.failed().size(), o.candidates(), seconds);
            for (String[] k : CORPORA) {
                List<ContentPairing.Pair> mine = r.pairs().stream()
                        .filter(p -> k[0].equals(corpusOfName.get(Path.of(p.english()).getFileName().toString()))).toList();
                long docs = corpusOf.values().stream().filter(k[0]::equals).count();
                int[] x = c.score(mine);
                System.out.printf(Locale.ROOT, "  %-10s %4d documents: %4d pairs, %4d right: precision %.4f, recall %.4f%n", k[0], docs, x[1], x[0],
                        x[1] == 0 ? 0 : (double) x[0] / x[1], (double) x[0] / docs);
            }
        } finally {
            spark.stop();
        }
    }
}
