package org.sverka.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.sverka.pipeline.Printable;
import org.sverka.pipeline.corpus.BeadFilters;
import org.sverka.pipeline.corpus.CorpusBead;
import org.sverka.pipeline.corpus.PairAligner;
import org.sverka.pipeline.corpus.PairResult;
import org.sverka.pipeline.corpus.PairSource;

/**
 * The per-pair function over one partition, run on an executor: each pair's documents are copied
 * from their file system to a local temporary folder (keeping their names, which Tika needs) and
 * aligned with the executor's pipeline ({@link ExecutorAligners}); the beads that pass the corpus
 * filters become rows of {@link SparkCorpusJob#BEADS}, a failed pair one row with its reason. The
 * rows are produced one pair at a time, so a partition's output is never held in memory whole.
 * When the partition is done, {@link PartitionProgress} writes its progress file.
 */
public final class AlignPartition implements FlatMapFunction<Iterator<ManifestPair>, Row> {
    private static final long serialVersionUID = 1L;
    private final double threshold;
    private final String mode;
    private final String lexicon;
    private final String progressFolder;
    private final int partitions;
    private final HadoopSettings hadoop;

    /**
     * @param threshold      the lowest score of a bead kept
     * @param mode           the aligner's mode name
     * @param lexicon        a lexicon file every executor can read (or shipped with {@code --files}), or null
     * @param progressFolder the folder (URI) the partitions' progress files go to
     * @param partitions     the number of partitions, for the progress files' names
     * @param hadoop         the driver's Hadoop settings
     */
    public AlignPartition(double threshold, String mode, String lexicon, String progressFolder, int partitions, HadoopSettings hadoop) {
        this.threshold = threshold;
        this.mode = mode;
        this.lexicon = lexicon;
        this.progressFolder = progressFolder;
        this.partitions = partitions;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<Row> call(Iterator<ManifestPair> input) throws IOException {
        Configuration conf = hadoop.configuration();
        Path tmp = Files.createTempDirectory("sverka-spark");
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> LocalFiles.deleteTree(tmp));
        }
        int partition = task == null ? 0 : task.partitionId();
        String executor = SparkEnv.get() == null ? "" : SparkEnv.get().executorId();
        PartitionProgress progress = new PartitionProgress(partition, partitions, executor);
        return new Rows(input, ExecutorAligners.get(mode, lexicon), new BeadFilters(threshold, 3.0), conf, tmp, progress);
    }

    /** The rows of a partition, made one pair at a time. */
    private final class Rows implements Iterator<Row> {
        private final Iterator<ManifestPair> input;
        private final PairAligner aligner;
        private final BeadFilters filters;
        private final Configuration conf;
        private final Path tmp;
        private final PartitionProgress progress;
        private final ArrayDeque<Row> ready = new ArrayDeque<>();
        private boolean finished;

        Rows(Iterator<ManifestPair> input, PairAligner aligner, BeadFilters filters, Configuration conf, Path tmp, PartitionProgress progress) {
            this.input = input;
            this.aligner = aligner;
            this.filters = filters;
            this.conf = conf;
            this.tmp = tmp;
            this.progress = progress;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && input.hasNext()) {
                align(input.next());
            }
            if (ready.isEmpty() && !finished) {
                finished = true;
                progress.write(progressFolder, conf);
                LocalFiles.deleteTree(tmp);
            }
            return !ready.isEmpty();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        private void align(ManifestPair pair) {
            PairResult r;
            try {
                Path en = LocalFiles.copy(pair.english(), tmp.resolve("en"), conf);
                Path ru = LocalFiles.copy(pair.russian(), tmp.resolve("ru"), conf);
                r = aligner.align(new PairSource(pair.id(), en.toString(), ru.toString()));
                if (!r.ok()) {
                    // name the documents as the manifest does, not by their local copies
                    r = new PairResult(r.id(), false, r.reason().replace(en.toString(), pair.english()).replace(ru.toString(), pair.russian()),
                            r.mode(), r.enSentences(), r.ruSentences(), r.millis(), r.beads());
                }
            } catch (IOException | UncheckedIOException e) {
                r = PairResult.failed(pair.id(), Printable.escape(pair.id() + ": cannot be read: " + e.getMessage()), 0);
            }
            int kept = 0;
            if (!r.ok()) {
                ready.add(RowFactory.create(pair.id(), 0, "", "", 0.0, "", new String[0], "", r.reason()));
            } else {
                for (CorpusBead b : r.beads()) {
                    if (filters.accept(b)) {
                        kept++;
                        ready.add(RowFactory.create(b.pairId(), b.index(), b.en(), b.ru(), b.score(), b.type(),
                                b.flags().toArray(new String[0]), BeadFilters.key(b), null));
                    }
                }
            }
            progress.add(pair.id(), r.ok(), kept, r.millis(), r.reason());
        }
    }
}
