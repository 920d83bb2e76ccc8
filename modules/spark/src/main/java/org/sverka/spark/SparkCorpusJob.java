package org.sverka.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sverka.pipeline.Sverka;
import org.sverka.pipeline.corpus.BeadFilters;
import org.sverka.pipeline.corpus.CorpusBead;
import org.sverka.pipeline.corpus.PairAligner;
import org.sverka.pipeline.corpus.PairResult;
import org.sverka.pipeline.corpus.PairSource;

/**
 * Builds a corpus on a Spark cluster: reads a manifest ({@code id<TAB>english<TAB>russian}, the
 * paths local, {@code hdfs://} or {@code s3a://}), runs sverka's per-pair function on the
 * executors (each executor builds the pipeline once), applies the corpus filters, drops
 * duplicates across the whole corpus, and writes {@code OUTPUT/beads} (Parquet: pair_id,
 * bead_index, en, ru, score, type, flags) and {@code OUTPUT/failures} (pair_id, reason).
 * The aligner is chosen as for {@code sverka align}: {@code --mode} (auto by default) and
 * {@code --lexicon FILE} (a path every executor can read, for example one shipped with
 * {@code spark-submit --files}); the stages are built through the front door, {@link Sverka}.
 * <pre>
 * spark-submit --class org.sverka.spark.SparkCorpusJob --jars "$(ls modules/cli/target/lib/*.jar | tr '\n' ,)" \
 *   modules/spark/target/sverka-spark.jar --mode report hdfs:///corpora/pairs.tsv hdfs:///corpora/out 0.5
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

    private SparkCorpusJob() {
    }

    /**
     * {@code SparkCorpusJob [--mode MODE] [--lexicon FILE] MANIFEST OUTPUT [THRESHOLD]}.
     *
     * @param args the options, the manifest, the output folder, and optionally the lowest score kept (0.5)
     */
    public static void main(String[] args) {
        String mode = "auto";
        String lexicon = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--mode") || args[i].equals("--lexicon")) && i + 1 < args.length) {
                if (args[i].equals("--mode")) {
                    mode = args[++i];
                } else {
                    lexicon = args[++i];
                }
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() < 2 || positional.size() > 3) {
            System.err.println("usage: SparkCorpusJob [--mode auto|parallel|report|length] [--lexicon FILE] MANIFEST OUTPUT [THRESHOLD]");
            System.exit(2);
        }
        try {
            Sverka.aligner().mode(mode);
        } catch (IllegalArgumentException e) {
            System.err.println("sverka: " + e.getMessage());
            System.exit(2);
        }
        double threshold = positional.size() == 3 ? Double.parseDouble(positional.get(2)) : 0.5;
        String manifestArg = positional.get(0);
        String outputArg = positional.get(1);
        SparkSession spark = SparkSession.builder().appName("sverka corpus").getOrCreate();
        try {
            Result r = run(spark, manifestArg, outputArg, threshold, mode, lexicon);
            System.err.printf("sverka: %d beads written to %s/beads, %d failed pairs to %s/failures%n", r.beads(), outputArg,
                    r.failures(), outputArg);
        } finally {
            spark.stop();
        }
    }

    /**
     * What a run wrote.
     *
     * @param beads    bead rows written
     * @param failures failed pairs written
     */
    public record Result(long beads, long failures) {
    }

    /**
     * @param spark     the session
     * @param manifest  the manifest's path or URI
     * @param output    the output folder's path or URI (replaced)
     * @param threshold lowest score kept
     * @return the counts written
     */
    public static Result run(SparkSession spark, String manifest, String output, double threshold) {
        return run(spark, manifest, output, threshold, "auto", null);
    }

    /**
     * Runs the job with an aligner chosen as for {@code sverka align}.
     *
     * @param spark     the session
     * @param manifest  the manifest's path or URI
     * @param output    the output folder's path or URI
     * @param threshold lowest score of a bead kept
     * @param mode      the aligner's mode name (auto, parallel, report, length)
     * @param lexicon   a lexicon file every executor can read, laid over the default one, or null
     * @return the counts written
     */
    public static Result run(SparkSession spark, String manifest, String output, double threshold, String mode, String lexicon) {
        StructType manifestSchema = new StructType().add("id", DataTypes.StringType).add("en", DataTypes.StringType)
                .add("ru", DataTypes.StringType);
        Dataset<Row> pairs = spark.read().option("sep", "\t").option("comment", "#").schema(manifestSchema).csv(manifest)
                .na().drop();
        String base = parent(manifest);
        Dataset<Row> rows = pairs.mapPartitions(new AlignPartition(base, threshold, mode, lexicon), Encoders.row(BEADS)).cache();
        Dataset<Row> beads = rows.filter("failure IS NULL").dropDuplicates("key").drop("key", "failure")
                .orderBy("pair_id", "bead_index");
        Dataset<Row> failures = rows.filter("failure IS NOT NULL").select("pair_id", "failure");
        beads.write().mode(SaveMode.Overwrite).parquet(output + "/beads");
        failures.write().mode(SaveMode.Overwrite).parquet(output + "/failures");
        Result r = new Result(spark.read().parquet(output + "/beads").count(), spark.read().parquet(output + "/failures").count());
        rows.unpersist();
        return r;
    }

    private static String parent(String manifest) {
        int slash = manifest.lastIndexOf('/');
        return slash < 0 ? "" : manifest.substring(0, slash + 1);
    }

    /** The per-pair function over a partition; the pipeline is built once per executor JVM. */
    static final class AlignPartition implements MapPartitionsFunction<Row, Row>, Serializable {
        private static final long serialVersionUID = 1L;
        private final String base;
        private final double threshold;
        private final String mode;
        private final String lexicon;

        AlignPartition(String base, double threshold, String mode, String lexicon) {
            this.base = base;
            this.threshold = threshold;
            this.mode = mode;
            this.lexicon = lexicon;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> input) throws IOException {
            PairAligner aligner = Executor.aligner(mode, lexicon);
            BeadFilters filters = new BeadFilters(threshold, 3.0);
            List<Row> out = new ArrayList<>();
            Path tmp = Files.createTempDirectory("sverka-spark");
            try {
                while (input.hasNext()) {
                    Row pair = input.next();
                    String id = pair.getString(0);
                    PairResult r;
                    try {
                        Path en = local(resolve(pair.getString(1)), tmp.resolve("en"));
                        Path ru = local(resolve(pair.getString(2)), tmp.resolve("ru"));
                        r = aligner.align(new PairSource(id, en.toString(), ru.toString()));
                    } catch (IOException | UncheckedIOException e) {
                        r = PairResult.failed(id, id + ": cannot be read: " + e.getMessage(), 0);
                    }
                    if (!r.ok()) {
                        out.add(RowFactory.create(id, 0, "", "", 0.0, "", new String[0], "", r.reason()));
                        continue;
                    }
                    for (CorpusBead b : r.beads()) {
                        if (filters.accept(b)) {
                            out.add(RowFactory.create(b.pairId(), b.index(), b.en(), b.ru(), b.score(), b.type(), b.flags().toArray(new String[0]),
                                    BeadFilters.key(b), null));
                        }
                    }
                }
            } finally {
                deleteTree(tmp);
            }
            return out.iterator();
        }

        private String resolve(String path) {
            return path.contains("://") || path.startsWith("/") ? path : base + path;
        }

        /** Copies a document from any Hadoop file system to a local folder, keeping its name (Tika needs it). */
        private static Path local(String uri, Path dir) throws IOException {
            Files.createDirectories(dir);
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
            FileSystem fs = FileSystem.get(URI.create(uri), new Configuration());
            Path target = dir.resolve(p.getName());
            try (InputStream in = fs.open(p)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        }

        private static void deleteTree(Path dir) throws IOException {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One pipeline per executor JVM and configuration: Tika, Lingua and the lexicon are loaded once. */
    static final class Executor {
        private static final java.util.Map<List<String>, PairAligner> ALIGNERS = new java.util.concurrent.ConcurrentHashMap<>();

        private Executor() {
        }

        static PairAligner aligner(String mode, String lexicon) {
            return ALIGNERS.computeIfAbsent(java.util.Arrays.asList(mode, lexicon), k -> Sverka.aligner().mode(mode)
                    .lexicon(lexicon == null ? null : Path.of(lexicon)).build().pairAligner(1));
        }
    }
}
