package org.sverka.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sverka.core.InputException;
import org.sverka.pipeline.find.ArchiveIndexer;
import org.sverka.pipeline.find.ContentPairing;
import org.sverka.pipeline.find.TermSetPairing;

/**
 * Pairs two folders by content on the cluster ({@code --pair-by content}). The driver lists both
 * folders; the executors read every document through the pipeline into its term set in the Russian
 * vocabulary ({@link DocumentTerms}); English terms that no Russian document holds are dropped
 * (a semi-join against the Russian vocabulary), the sets are hashed into sparse binary vectors
 * (MLlib's {@link HashingTF}) and MLlib's {@link MinHashLSH} finds, by an approximate similarity
 * join, the pairs whose Jaccard similarity reaches {@link PairByContent#minSimilarity()}. The
 * driver then assigns the candidate pairs one to one ({@link TermSetPairing#assign}: the largest
 * total score over the candidate edges) and writes {@code OUTPUT/pairs.tsv} and
 * {@code OUTPUT/pairing.tsv} in the formats of {@code sverka corpus build --pair-by content}; the
 * pairs are then aligned as a manifest's are.
 * <pre>{@code
 * SparkContentPairing.Outcome o = SparkContentPairing.pair(spark,
 *         JobOptions.parse(new String[] {"--pair-by", "content", "hdfs:///crawl/en", "hdfs:///crawl/ru", "hdfs:///out"}), System.err);
 * }</pre>
 */
public final class SparkContentPairing {
    /** The job group of the reading step. */
    public static final String GROUP = "sverka-pairing";
    /** The vectors' dimension: 2^20 buckets, so that two terms rarely share one. */
    public static final int FEATURES = 1 << 20;
    /** The MinHash functions' seed, fixed so that a run can be repeated. */
    public static final long SEED = 2026L;

    private SparkContentPairing() {
    }

    /**
     * What the pairing did.
     *
     * @param result     the pairs, the documents left over and those that failed, as the command line gives them
     * @param pairs      the pairs as manifest pairs, their documents by URI, for the aligning step
     * @param candidates candidate pairs the similarity join found
     * @param partitions the reading step's partition count
     */
    public record Outcome(ContentPairing.Result result, List<ManifestPair> pairs, long candidates, int partitions) {
        /** Copies the list. */
        public Outcome {
            pairs = List.copyOf(pairs);
        }
    }

    /**
     * Pairs the two folders of {@code options.pairBy()} and writes {@code pairs.tsv} and
     * {@code pairing.tsv} into the output folder.
     *
     * @param spark   the session
     * @param options the job's options, with {@link JobOptions#pairBy()} set
     * @param log     where the progress, the failed and unpaired documents and the summary go
     * @return the pairing
     * @throws InputException when a folder is missing or empty, or the output overlaps an input (nothing is written)
     */
    public static Outcome pair(SparkSession spark, JobOptions options, PrintStream log) {
        PairByContent by = options.pairBy();
        if (by == null) {
            throw new IllegalArgumentException("the options do not ask for pairing by content");
        }
        long t0 = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path englishDir = SparkCorpusJob.qualified(by.englishDir(), conf);
        Path russianDir = SparkCorpusJob.qualified(by.russianDir(), conf);
        Path out = SparkCorpusJob.qualified(options.output(), conf);
        for (Path in : List.of(englishDir, russianDir)) {
            if (inside(out, in) || inside(in, out)) {
                throw new InputException(options.output(), "overlaps the input folder " + in
                        + "; write the corpus to a folder apart from the documents");
            }
        }
        List<DocumentRef> english = list(by.englishDir(), englishDir, "en", conf);
        List<DocumentRef> russian = list(by.russianDir(), russianDir, "ru", conf);
        List<DocumentRef> all = new ArrayList<>(english);
        all.addAll(russian);
        int cores = SparkCorpusJob.cores(spark);
        int partitions = Partitioning.count(all.size(), cores, options.partitions());
        log.printf("sverka: pairing %d English and %d Russian documents by content: read in %d partitions (%d cores)%n",
                english.size(), russian.size(), partitions, cores);

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> read;
        try {
            jsc.setJobGroup(GROUP, "sverka: reading " + all.size() + " documents in " + partitions + " partitions", false);
            read = jsc.parallelize(all, partitions).mapPartitions(new DocumentTerms(options.lexicon(), HadoopSettings.of(conf)))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            read.count();
        } finally {
            jsc.clearJobGroup();
        }
        try {
            Dataset<Row> docs = spark.createDataFrame(read, DocumentTerms.SCHEMA);
            List<ArchiveIndexer.Failure> failed = new ArrayList<>();
            java.util.Set<String> unread = new java.util.HashSet<>();
            for (Row f : docs.filter("failure IS NOT NULL").select("path", "failure").collectAsList()) {
                failed.add(new ArchiveIndexer.Failure(f.getString(0), f.getString(1)));
                unread.add(f.getString(0));
            }
            List<TermSetPairing.Candidate> candidates = candidates(docs, by);
            ContentPairing.Result result = TermSetPairing.assign(paths(english, unread), paths(russian, unread), candidates, failed,
                    (System.nanoTime() - t0) / 1e9);
            write(result, out, conf);
            report(result, candidates.size(), out, log);
            Map<String, String> uri = new HashMap<>();
            all.forEach(d -> uri.put(d.path(), d.uri()));
            List<ManifestPair> pairs = new ArrayList<>();
            for (ContentPairing.Pair p : result.pairs()) {
                pairs.add(new ManifestPair(pairs.size() + 1, p.id(), uri.get(p.english()), uri.get(p.russian())));
            }
            return new Outcome(result, pairs, candidates.size(), partitions);
        } finally {
            read.unpersist(false);
        }
    }

    /** The approximate similarity join: every English–Russian pair whose term sets are alike enough, with its similarity. */
    private static List<TermSetPairing.Candidate> candidates(Dataset<Row> docs, PairByContent by) {
        Dataset<Row> russian = docs.filter("failure IS NULL AND language = 'ru' AND size(terms) > 0").select("path", "terms");
        Dataset<Row> vocabulary = russian.select(explode(col("terms")).as("term")).distinct();
        Dataset<Row> words = docs.filter("failure IS NULL AND language = 'en'").select(col("path"), explode(col("terms")).as("term"));
        Dataset<Row> english = words.join(vocabulary, words.col("term").equalTo(vocabulary.col("term")), "left_semi")
                .groupBy("path").agg(collect_set("term").as("terms"));
        HashingTF tf = new HashingTF().setInputCol("terms").setOutputCol("features").setNumFeatures(FEATURES).setBinary(true);
        Dataset<Row> ru = tf.transform(russian);
        Dataset<Row> en = tf.transform(english);
        MinHashLSHModel model = new MinHashLSH().setNumHashTables(by.hashTables()).setSeed(SEED)
                .setInputCol("features").setOutputCol("hashes").fit(ru);
        List<TermSetPairing.Candidate> out = new ArrayList<>();
        for (Row r : model.approxSimilarityJoin(en, ru, 1 - by.minSimilarity(), "distance")
                .select(col("datasetA.path"), col("datasetB.path"), col("distance")).collectAsList()) {
            out.add(new TermSetPairing.Candidate(r.getString(0), r.getString(1), 1 - r.getDouble(2)));
        }
        return out;
    }

    /** Lists a folder's documents recursively on the driver, hidden ones (a name starting with a dot) left out, in path order. */
    static List<DocumentRef> list(String given, Path dir, String language, Configuration conf) {
        List<DocumentRef> out = new ArrayList<>();
        try {
            FileSystem fs = dir.getFileSystem(conf);
            if (!fs.getFileStatus(dir).isDirectory()) {
                throw new InputException(given, "is a file, not a folder of documents");
            }
            String root = dir.toUri().getPath();
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(dir, true);
            while (files.hasNext()) {
                LocatedFileStatus f = files.next();
                String relative = f.getPath().toUri().getPath().substring(root.length());
                if (f.isFile() && !relative.contains("/.") && !relative.startsWith(".")) {
                    Path p = f.getPath();
                    String path = "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
                    out.add(new DocumentRef(p.toString(), path, language));
                }
            }
        } catch (FileNotFoundException e) {
            throw new InputException(given, "no such folder");
        } catch (IOException e) {
            throw new InputException(given, "cannot be listed: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new InputException(given, "the folder holds no documents");
        }
        out.sort(java.util.Comparator.comparing(DocumentRef::path));
        return out;
    }

    private static boolean inside(Path a, Path b) {
        String x = a.toString();
        String y = b.toString();
        return x.equals(y) || x.startsWith(y.endsWith("/") ? y : y + "/");
    }

    private static List<String> paths(List<DocumentRef> docs, java.util.Set<String> unread) {
        return docs.stream().map(DocumentRef::path).filter(p -> !unread.contains(p)).toList();
    }

    /** Writes pairs.tsv and pairing.tsv as the command line does, through a local folder onto the output's file system. */
    private static void write(ContentPairing.Result result, Path out, Configuration conf) {
        java.nio.file.Path tmp = null;
        try {
            tmp = java.nio.file.Files.createTempDirectory("sverka-pairing");
            result.write(tmp.resolve("pairs.tsv"), tmp.resolve("pairing.tsv"));
            FileSystem fs = out.getFileSystem(conf);
            fs.mkdirs(out);
            for (String name : List.of("pairs.tsv", "pairing.tsv")) {
                fs.copyFromLocalFile(false, true, new Path(tmp.resolve(name).toUri()), new Path(out, name));
            }
        } catch (IOException e) {
            throw new InputException(out.toString(), "cannot be written: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                LocalFiles.deleteTree(tmp);
            }
        }
    }

    private static void report(ContentPairing.Result r, int candidates, Path out, PrintStream log) {
        for (ArchiveIndexer.Failure f : r.failed()) {
            log.println("sverka: " + f.file() + ": " + f.cause());
        }
        for (ContentPairing.Unpaired u : r.unpaired()) {
            log.printf(Locale.ROOT, "sverka: unpaired %s document %s; best candidate: %s%n", u.language().equals("en") ? "English" : "Russian",
                    u.path(), u.best().isEmpty() ? "none" : String.format(Locale.ROOT, "%s (similarity %.3f)", u.best(), u.bestScore()));
        }
        long unsure = r.pairs().stream().filter(p -> p.confidence() < 0.05).count();
        log.printf(Locale.ROOT, "sverka: paired by content (MinHash join, %d candidate pairs, optimal assignment): %d pairs (%d with confidence "
                        + "under 0.05), %d documents unpaired, %d failed, in %.1f s; wrote %s/pairs.tsv and %s/pairing.tsv%n", candidates,
                r.pairs().size(), unsure, r.unpaired().size(), r.failed().size(), r.seconds(), out, out);
    }
}
