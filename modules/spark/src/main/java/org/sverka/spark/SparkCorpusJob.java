package org.sverka.spark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.sverka.core.InputException;
import org.sverka.pipeline.Sverka;

/**
 * Builds a corpus on a Spark cluster, from a manifest or from two folders paired by content
 * ({@code --pair-by content EN_DIR RU_DIR}: {@link SparkContentPairing}, MLlib's MinHash join). The driver reads the manifest ({@link SparkManifest}:
 * relative paths against the manifest's folder, every document checked to exist before anything
 * starts), splits the pairs into partitions ({@link Partitioning}: from the number of pairs and
 * the cluster's cores once its executors have registered ({@link ClusterCores}), or
 * {@code --partitions N}), and the executors run sverka's per-pair
 * function on them ({@link AlignPartition}; each executor builds the pipeline once). Then the
 * corpus filters apply, duplicates are dropped across the whole corpus, and the job writes
 * {@code OUTPUT/beads} (Parquet: pair_id, bead_index, en, ru, score, type, flags),
 * {@code OUTPUT/failures} (Parquet: pair_id, failure) and {@code OUTPUT/progress/} (a TSV per
 * partition, {@link PartitionProgress}); the driver prints a line per finished partition
 * ({@link ProgressListener}) and every failed pair. It exits 1 when a pair failed unless
 * {@code --keep-going}, 2 on bad input (nothing written), 3 when Spark gave the job up. The aligner is chosen as for
 * {@code sverka align}: {@code --mode} (auto by default) and {@code --lexicon FILE} (a path every
 * executor can read, or a file shipped with {@code spark-submit --files}).
 * <pre>
 * spark-submit --master spark://master:7077 --class org.sverka.spark.SparkCorpusJob \
 *   --jars "$(ls modules/spark/target/lib/*.jar | tr '\n' ,)" modules/spark/target/sverka-spark.jar \
 *   --mode report /shared/corpora/pairs.tsv /shared/corpora/out 0.5
 * </pre>
 */
public final class SparkCorpusJob {
    /** The schema of a bead row, as the command line's Parquet output. */
    public static final StructType BEADS = new StructType()
            .add("pair_id", DataTypes.StringType, false)
            .add("bead_index", DataTypes.IntegerType, false)
            .add("en", DataTypes.StringType, false)
            .add("ru", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("type", DataTypes.StringType, false)
            .add("flags", DataTypes.createArrayType(DataTypes.StringType), false)
            .add("key", DataTypes.StringType, false)
            .add("failure", DataTypes.StringType, true);
    /** The most failed pairs printed on standard error; all are in {@code OUTPUT/failures}. */
    public static final int FAILURES_PRINTED = 20;

    private SparkCorpusJob() {
    }

    /**
     * The entry point for {@code spark-submit}; see {@link JobOptions#USAGE}. Exits 0 when every
     * pair aligned (or {@code --keep-going}), 1 when a pair failed, 2 on bad arguments or input
     * (nothing written), 3 when Spark gave the job up (a task failed too often).
     *
     * @param args the options, the manifest, the output folder, and optionally the lowest score kept (0.5)
     */
    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
            Sverka.aligner().mode(options.mode());
        } catch (IllegalArgumentException e) {
            System.err.println("sverka: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("sverka corpus").getOrCreate();
        int status;
        try {
            Result r = run(spark, options, System.err);
            status = r.failures().isEmpty() || options.keepGoing() ? 0 : 1;
            if (status == 1) {
                System.err.println("sverka: " + r.failures().size() + " pairs failed; the output is written, exiting 1"
                        + " (--keep-going exits 0)");
            }
        } catch (InputException e) {
            System.err.println("sverka: " + e.getMessage());
            status = 2;
        } catch (RuntimeException e) {
            // Spark gave up (a task failed too often, executors were lost): not one pair's fault
            System.err.println("sverka: the job failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
            status = 3;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /**
     * A pair that failed.
     *
     * @param pairId the pair id
     * @param reason why, in one line
     */
    public record Failure(String pairId, String reason) {
    }

    /**
     * What a run did.
     *
     * @param pairs      pairs in the manifest
     * @param partitions partitions the pairs were split into
     * @param beads      bead rows written
     * @param failures   the failed pairs, by id
     */
    public record Result(int pairs, int partitions, long beads, List<Failure> failures) {
        /** Copies the list. */
        public Result {
            failures = List.copyOf(failures);
        }
    }

    /**
     * Runs the job with the default aligner and partitioning, printing progress to standard error.
     *
     * @param spark     the session
     * @param manifest  the manifest's path or URI
     * @param output    the output folder's path or URI (its beads, failures and progress are replaced)
     * @param threshold lowest score kept
     * @return what was done
     * @throws InputException when the manifest is malformed or names a missing document (nothing is written)
     */
    public static Result run(SparkSession spark, String manifest, String output, double threshold) {
        return run(spark, new JobOptions("auto", null, 0, false, manifest, output, threshold), System.err);
    }

    /**
     * Runs the job.
     *
     * @param spark   the session
     * @param options what to run
     * @param log     where the progress and failure lines go
     * @return what was done
     * @throws InputException when the manifest is malformed, names a missing document, the lexicon
     *                        cannot be found or the output folder would cover an input (nothing is written);
     *                        with {@code --pair-by content}, when a folder is missing or empty or overlaps the output
     */
    public static Result run(SparkSession spark, JobOptions options, PrintStream log) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        checkLexicon(options.lexicon());
        List<ManifestPair> pairs;
        String source;
        if (options.pairBy() != null) {
            pairs = SparkContentPairing.pair(spark, options, log).pairs();
            source = options.pairBy().englishDir();
            if (pairs.isEmpty()) {
                log.println("sverka: no pairs found; nothing to align");
                return new Result(0, 0, 0, List.of());
            }
        } else {
            pairs = SparkManifest.read(options.manifest(), conf);
            source = options.manifest();
        }
        Path out = qualified(options.output(), conf);
        checkOutput(source, out, pairs);
        return align(spark, options, pairs, out, log);
    }

    /** Aligns the pairs on the executors and writes the beads, the failures and the progress files. */
    private static Result align(SparkSession spark, JobOptions options, List<ManifestPair> pairs, Path out, PrintStream log) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        int cores = cores(spark);
        int partitions = Partitioning.count(pairs.size(), cores, options.partitions());
        String progress = out + "/progress";
        prepareProgress(new Path(progress), conf);
        log.printf("sverka: %d pairs in %d partitions (%d cores); progress in %s%n", pairs.size(), partitions, cores, progress);

        ProgressListener listener = new ProgressListener(partitions, log);
        spark.sparkContext().addSparkListener(listener);
        JavaRDD<Row> aligned;
        try {
            jsc.setJobGroup(ProgressListener.GROUP, "sverka: aligning " + pairs.size() + " pairs in " + partitions + " partitions", false);
            aligned = jsc.parallelize(pairs, partitions)
                    .mapPartitions(new AlignPartition(options.threshold(), options.mode(), options.lexicon(), progress, partitions,
                            HadoopSettings.of(conf)))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            aligned.count();
        } finally {
            jsc.clearJobGroup();
            spark.sparkContext().removeSparkListener(listener);
        }
        try {
            Dataset<Row> rows = spark.createDataFrame(aligned, BEADS);
            Dataset<Row> beads = rows.filter("failure IS NULL").dropDuplicates("key").drop("key", "failure")
                    .orderBy("pair_id", "bead_index");
            Dataset<Row> failed = rows.filter("failure IS NOT NULL").select("pair_id", "failure").orderBy("pair_id");
            beads.write().mode(SaveMode.Overwrite).parquet(out + "/beads");
            failed.write().mode(SaveMode.Overwrite).parquet(out + "/failures");
            long written = spark.read().parquet(out + "/beads").count();
            List<Failure> failures = new ArrayList<>();
            for (Row f : spark.read().parquet(out + "/failures").orderBy("pair_id").collectAsList()) {
                failures.add(new Failure(f.getString(0), f.getString(1)));
            }
            for (int i = 0; i < Math.min(FAILURES_PRINTED, failures.size()); i++) {
                log.println("sverka: pair " + failures.get(i).pairId() + " failed: " + failures.get(i).reason());
            }
            if (failures.size() > FAILURES_PRINTED) {
                log.println("sverka: " + (failures.size() - FAILURES_PRINTED) + " more failed pairs are listed in " + out + "/failures");
            }
            log.printf("sverka: %d beads written to %s/beads, %d failed pairs to %s/failures%n", written, out, failures.size(), out);
            return new Result(pairs.size(), partitions, written, failures);
        } finally {
            aligned.unpersist(false);
        }
    }

    /** The cluster's cores, once its executors have registered (see {@link ClusterCores}). */
    static int cores(SparkSession spark) {
        var sc = spark.sparkContext();
        if (sc.isLocal()) {
            return sc.defaultParallelism();
        }
        try {
            return ClusterCores.settled(() -> Math.max(0, sc.statusTracker().getExecutorInfos().length - 1), sc::defaultParallelism,
                    3_000, 60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return sc.defaultParallelism();
        }
    }

    static Path qualified(String output, Configuration conf) {
        try {
            Path p = new Path(output);
            return p.getFileSystem(conf).makeQualified(p);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new InputException(output, "not a usable path: " + e.getMessage(), e);
        }
    }

    /** The job replaces OUTPUT/beads, failures and progress: none of them may hold an input. */
    private static void checkOutput(String manifest, Path out, List<ManifestPair> pairs) {
        for (String sub : List.of("beads", "failures", "progress")) {
            String folder = out + "/" + sub + "/";
            for (ManifestPair p : pairs) {
                for (String doc : List.of(p.english(), p.russian())) {
                    if (doc.startsWith(folder)) {
                        throw new InputException(manifest, "line " + p.line() + ": " + doc + " lies in the output folder " + folder
                                + ", which the job replaces; choose another OUTPUT");
                    }
                }
            }
        }
    }

    private static void checkLexicon(String lexicon) {
        if (lexicon == null) {
            return;
        }
        java.nio.file.Path p = java.nio.file.Path.of(lexicon);
        if (Files.isRegularFile(p)) {
            return;
        }
        String shipped = SparkFiles.get(p.getFileName().toString());
        if (!Files.isRegularFile(java.nio.file.Path.of(shipped))) {
            throw new InputException(lexicon, "no such lexicon file here nor among the files shipped with --files");
        }
    }

    private static void prepareProgress(Path folder, Configuration conf) {
        try {
            FileSystem fs = folder.getFileSystem(conf);
            fs.delete(folder, true);
            fs.mkdirs(folder);
        } catch (java.io.IOException e) {
            throw new InputException(folder.toString(), "cannot be written: " + e.getMessage(), e);
        }
    }
}
