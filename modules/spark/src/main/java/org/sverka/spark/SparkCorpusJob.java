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
import org.sverka.align.AutoAligner;
import org.sverka.align.model.SimilarityModel;
import org.sverka.extract.Extractor;
import org.sverka.langid.LanguageIdentifier;
import org.sverka.pipeline.Limits;
import org.sverka.pipeline.Pipeline;
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
 * <pre>
 * spark-submit --class org.sverka.spark.SparkCorpusJob --jars "$(ls modules/cli/target/lib/*.jar | tr '\n' ,)" \
 *   modules/spark/target/sverka-spark.jar hdfs:///corpora/pairs.tsv hdfs:///corpora/out 0.5
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
     * {@code SparkCorpusJob MANIFEST OUTPUT [THRESHOLD]}.
     *
     * @param args the manifest, the output folder, and optionally the lowest score kept (0.5)
     */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: SparkCorpusJob MANIFEST OUTPUT [THRESHOLD]");
            System.exit(2);
        }
        double threshold = args.length == 3 ? Double.parseDouble(args[2]) : 0.5;
        SparkSession spark = SparkSession.builder().appName("sverka corpus").getOrCreate();
        try {
            Result r = run(spark, args[0], args[1], threshold);
            System.err.printf("sverka: %d beads written to %s/beads, %d failed pairs to %s/failures%n", r.beads(), args[1],
                    r.failures(), args[1]);
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
        StructType manifestSchema = new StructType().add("id", DataTypes.StringType).add("en", DataTypes.StringType)
                .add("ru", DataTypes.StringType);
        Dataset<Row> pairs = spark.read().option("sep", "\t").option("comment", "#").schema(manifestSchema).csv(manifest)
                .na().drop();
        String base = parent(manifest);
        Dataset<Row> rows = pairs.mapPartitions(new AlignPartition(base, threshold), Encoders.row(BEADS)).cache();
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

        AlignPartition(String base, double threshold) {
            this.base = base;
            this.threshold = threshold;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> input) throws IOException {
            PairAligner aligner = Executor.aligner();
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

    /** One pipeline per executor JVM: Tika, Lingua and the lexicon are loaded once. */
    static final class Executor {
        private static volatile PairAligner aligner;

        private Executor() {
        }

        static PairAligner aligner() {
            PairAligner a = aligner;
            if (a == null) {
                synchronized (Executor.class) {
                    a = aligner;
                    if (a == null) {
                        Limits l = Limits.DEFAULT;
                        Pipeline pipeline = new Pipeline(Extractor.builder().maxFileBytes(l.maxFileBytes()).maxTextChars(l.maxTextChars())
                                .timeout(l.timeout()).build(), LanguageIdentifier.builder().build(), l);
                        a = new PairAligner(pipeline, new AutoAligner(SimilarityModel.defaultModel()));
                        aligner = a;
                    }
                }
            }
            return a;
        }
    }
}
