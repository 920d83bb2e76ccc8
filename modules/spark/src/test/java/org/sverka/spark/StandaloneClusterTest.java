package org.sverka.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.pipeline.Sverka;
import org.sverka.pipeline.find.ContentPairing;

/**
 * The job on a real standalone cluster started by the test on 127.0.0.1: a master and two
 * workers of one core each, child JVMs ({@link LocalStandaloneCluster}): from a manifest, and
 * pairing two folders by content. Skip it where no workers
 * can be started with {@code -DexcludedGroups=cluster}.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterTest {
    static final Path DATA = Path.of(System.getProperty("sverka.testdata", "../../test-data"));
    static final Path SHARED = Path.of(System.getProperty("sverka.data", "../../../shared/data"));
    static final String[] AGENCY = {"briefing", "convoys", "kremlin", "talks", "trade"};
    @TempDir
    static Path dir;
    static LocalStandaloneCluster cluster;
    /** sverka's jars as the job ships them: its dependencies' jars, sverka's modules packed as jars. */
    static List<String> lib = new ArrayList<>();
    static Path app;
    static Path manifest;
    /** The local run's beads, which the spark-submit run is compared with. */
    static List<Row> localBeads;
    /** The partition count of the last run. */
    static int partitions;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        Path libDir = dir.resolve("lib");
        for (String entry : Files.readString(Path.of(System.getProperty("sverka.spark.runtimeClasspath"))).strip()
                .split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            lib.add((Files.isDirectory(p) ? LocalStandaloneCluster.jar(p, libDir.resolve("sverka-" + p.getParent().getParent()
                    .getFileName() + ".jar")) : p).toString());
        }
        app = LocalStandaloneCluster.jar(Path.of(System.getProperty("sverka.spark.classes")), dir.resolve("sverka-spark.jar"));
        Path corpus = Files.createDirectories(dir.resolve("corpus/docs"));
        StringBuilder pairs = new StringBuilder("# id\ten\tru\n");
        for (String name : AGENCY) {
            Files.copy(DATA.resolve("agency/" + name + ".en.txt"), corpus.resolve(name + ".en.txt"));
            Files.copy(DATA.resolve("agency/" + name + ".ru.txt"), corpus.resolve(name + ".ru.txt"));
            pairs.append(name).append("\tdocs/").append(name).append(".en.txt\tdocs/").append(name).append(".ru.txt\n");
        }
        Files.copy(DATA.resolve("story/story.en.txt"), corpus.resolve("story.en.txt"));
        Files.copy(DATA.resolve("story/story.ru.docx"), corpus.resolve("story.ru.docx"));
        Files.copy(DATA.resolve("report/report.en.txt"), corpus.resolve("report.en.txt"));
        pairs.append("story\tdocs/story.en.txt\tdocs/story.ru.docx\nreport\tdocs/report.en.txt\tdocs/story.ru.docx\n");
        manifest = Files.writeString(dir.resolve("corpus/pairs.tsv"), pairs);
        cluster = new LocalStandaloneCluster(dir, 2);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void thePairsRunInSeveralTasksOnBothWorkersAndGiveTheLocalOutput() throws IOException {
        long t0 = System.nanoTime();
        List<Row> local = run(SparkSession.builder().master("local[2]"), dir.resolve("local"), null);
        localBeads = local;
        long t1 = System.nanoTime();
        TaskPlaces places = new TaskPlaces();
        List<Row> distributed = run(SparkSession.builder().master(cluster.url())
                .config("spark.jars", String.join(",", lib) + "," + app)
                .config("spark.cores.max", "2")
                .config("spark.executor.memory", "1500m"), dir.resolve("cluster"), places);

        System.out.printf("local[2] run %.1f s, cluster run %.1f s%n", (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        assertTrue(places.tasks.size() > 1, "the pairs ran in more than one task: " + places.tasks);
        assertTrue(places.executors.size() > 1, "the pairs ran on more than one executor: " + places.executors);
        assertTrue(places.executors.stream().noneMatch("driver"::equals), "no task ran on the driver: " + places.executors);
        assertEquals(6, partitions, "two cores, seven pairs: three partitions a core");
        assertEquals(Set.of("story", "report", "briefing", "convoys", "kremlin", "talks", "trade"),
                Set.copyOf(distributed.stream().map(r -> r.getString(0)).toList()), "every pair gave beads");
        assertEquals(local.size(), distributed.size());
        for (int i = 0; i < local.size(); i++) {
            assertEquals(local.get(i), distributed.get(i), "bead " + i);
        }
        Set<String> executors = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir.resolve("cluster/progress"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".tsv")).toList()) {
                List<String> lines = Files.readAllLines(f);
                String summary = lines.get(lines.size() - 1);
                executors.add(summary.replaceAll(".*executor (\\S+) on .*", "$1"));
            }
        }
        assertTrue(executors.size() > 1, "the progress files name both executors: " + executors);
    }

    @Test
    @Order(2)
    void sparkSubmitRunsTheJobWithAShippedLexiconReportsTheFailedPairAndExitsOne() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("corpus/docs/empty.en.txt"), "");
        Path withFailure = Files.writeString(dir.resolve("corpus/with-failure.tsv"), Files.readString(manifest)
                + "empty\tdocs/empty.en.txt\tdocs/story.ru.docx\n");
        Path out = dir.resolve("submitted");
        // a lexicon of one's own, shipped with --files and named by its file name; its word is in none of the documents
        Path lexicon = Files.writeString(Files.createDirectories(dir.resolve("submitter")).resolve("terms.tsv"), "zebra\tзебра\t1\n");
        long t0 = System.nanoTime();
        // what bin/spark-submit runs: SparkSubmit on the Spark home's jars; --jars as $(ls lib/*.jar | tr '\n' ,) gives it
        Process submit = cluster.start("submit", "org.apache.spark.deploy.SparkSubmit", "--master", cluster.url(),
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.ui.enabled=false",
                "--executor-memory", "1500m",
                "--files", lexicon.toString(),
                "--class", "org.sverka.spark.SparkCorpusJob", "--jars", String.join(",", lib) + ",", app.toString(),
                "--partitions", "3", "--lexicon", "terms.tsv", withFailure.toString(), out.toString());
        assertTrue(submit.waitFor(10, java.util.concurrent.TimeUnit.MINUTES), "spark-submit ended");
        String log = cluster.log("submit");
        System.out.printf("spark-submit run %.1f s%n", (System.nanoTime() - t0) / 1e9);
        log.lines().filter(l -> l.startsWith("sverka:")).forEach(System.out::println);
        assertEquals(1, submit.exitValue(), log);
        assertTrue(log.contains("sverka: 8 pairs in 3 partitions (2 cores)"), log);
        assertTrue(log.contains("sverka: pair empty failed: "), log);
        assertTrue(log.contains("(3 of 3 done)"), log);
        assertTrue(log.contains("sverka: 1 pairs failed; the output is written, exiting 1"), log);
        List<String> progress;
        try (Stream<Path> files = Files.list(out.resolve("progress"))) {
            progress = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".tsv")).sorted().toList();
        }
        assertEquals(List.of("part-00000-of-00003.tsv", "part-00001-of-00003.tsv", "part-00002-of-00003.tsv"), progress);
        SparkSession reader = LoopbackSpark.session(SparkSession.builder().master("local[1]"), "sverka-read", 1);
        try {
            List<Row> beads = reader.read().parquet(out.resolve("beads").toString()).orderBy("pair_id", "bead_index").collectAsList();
            assertTrue(localBeads != null, "the local run came first");
            assertEquals(localBeads, beads, "the same beads as the local run of the same pairs");
            assertEquals("empty", reader.read().parquet(out.resolve("failures").toString()).first().getString(0));
        } finally {
            reader.stop();
        }
    }

    @Test
    @Order(3)
    void pairingByContentReadsOnBothWorkersGivesTheSingleMachinePairsAndTheManifestRunsCorpus() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("ntrex128")), "no shared data at " + SHARED);
        // forty NTREX-128 news documents, both sides renamed and shuffled
        ShuffledCollection c = new ShuffledCollection(ShuffledCollection.read(SHARED, "ntrex128", "ntrex").subList(40, 80),
                dir.resolve("pairing"), 7);
        Path out = dir.resolve("paired");
        long t0 = System.nanoTime();
        TaskPlaces places = new TaskPlaces(SparkContentPairing.GROUP);
        JobOptions options = JobOptions.parse(new String[] {"--pair-by", "content", c.english.toString(), c.russian.toString(), out.toString()});
        List<Row> distributed = run(SparkSession.builder().master(cluster.url())
                .config("spark.jars", String.join(",", lib) + "," + app)
                .config("spark.cores.max", "2")
                .config("spark.executor.memory", "1500m"), options, out, places);
        long t1 = System.nanoTime();
        assertTrue(places.tasks.size() > 1, "the documents were read in more than one task: " + places.tasks);
        assertTrue(places.executors.size() > 1, "the documents were read on more than one executor: " + places.executors);
        assertTrue(places.executors.stream().noneMatch("driver"::equals), "no task ran on the driver: " + places.executors);
        int[] score = c.score(ShuffledCollection.readPairs(out.resolve("pairs.tsv")));
        System.out.printf("cluster pairing and aligning run %.1f s: %d pairs, %d right of 40 (%d tasks on executors %s)%n", (t1 - t0) / 1e9,
                score[1], score[0], places.tasks.size(), places.executors);
        assertEquals(40, score[0], "every document paired with its original (precision and recall 1.0)");
        assertEquals(40, score[1], "no wrong pair");

        // the same pairs.tsv as sverka corpus build --pair-by content on one machine
        ContentPairing.Result single = Sverka.aligner().build().contentPairing(2).pair(c.english, c.russian);
        single.write(dir.resolve("single/pairs.tsv"), dir.resolve("single/pairing.tsv"));
        long t2 = System.nanoTime();
        assertEquals(Files.readString(dir.resolve("single/pairs.tsv")), Files.readString(out.resolve("pairs.tsv")));

        // and the same corpus as a manifest-driven run of that pairs.tsv
        Path manifestRun = dir.resolve("from-manifest");
        List<Row> local = run(SparkSession.builder().master("local[2]"), new JobOptions("auto", null, 0, false,
                out.resolve("pairs.tsv").toString(), manifestRun.toString(), 0.5), manifestRun, null);
        System.out.printf("single-machine pairing %.1f s, local[2] manifest run %.1f s%n", (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
        assertEquals(40, Set.copyOf(distributed.stream().map(r -> r.getString(0)).toList()).size(), "every pair gave beads");
        assertEquals(local, distributed);
    }

    /** Runs the job on the manifest with a fresh session, and returns its beads in order. */
    private static List<Row> run(SparkSession.Builder builder, Path out, SparkListener listener) {
        return run(builder, new JobOptions("auto", null, 0, false, manifest.toString(), out.toString(), 0.5), out, listener);
    }

    /** Runs the job with a fresh session, and returns its beads in order. */
    private static List<Row> run(SparkSession.Builder builder, JobOptions options, Path out, SparkListener listener) {
        SparkSession spark = LoopbackSpark.session(builder, "sverka-cluster-test", 2);
        try {
            if (listener != null) {
                spark.sparkContext().addSparkListener(listener);
            }
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            SparkCorpusJob.Result r = SparkCorpusJob.run(spark, options, new PrintStream(log, true, StandardCharsets.UTF_8));
            assertEquals(List.of(), r.failures(), log.toString(StandardCharsets.UTF_8));
            partitions = r.partitions();
            return spark.read().parquet(out.resolve("beads").toString()).orderBy("pair_id", "bead_index").collectAsList();
        } finally {
            spark.stop();
        }
    }

    /** Where a job group's tasks ran (the aligning step's by default), from Spark's own task events. */
    static final class TaskPlaces extends SparkListener {
        final String group;
        final Set<Integer> stages = ConcurrentHashMap.newKeySet();
        final Set<Long> tasks = ConcurrentHashMap.newKeySet();
        final Set<String> executors = ConcurrentHashMap.newKeySet();

        TaskPlaces() {
            this(ProgressListener.GROUP);
        }

        TaskPlaces(String group) {
            this.group = group;
        }

        @Override
        public void onJobStart(SparkListenerJobStart start) {
            if (group.equals(start.properties().getProperty("spark.jobGroup.id"))) {
                start.stageIds().foreach(id -> stages.add((Integer) id));
            }
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (stages.contains(end.stageId()) && end.taskInfo().successful()) {
                tasks.add(end.taskInfo().taskId());
                executors.add(end.taskInfo().executorId());
            }
        }
    }
}
