package org.sverka.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkEnv;
import org.apache.spark.SparkFiles;
import org.sverka.pipeline.Sverka;
import org.sverka.pipeline.corpus.PairAligner;

/**
 * One pipeline per executor JVM and configuration (an aligner, or a reader for pairing by content), built through the front door as for
 * {@code sverka align}: Tika, Lingua and the lexicon are loaded once, however many tasks the
 * executor runs, and the tasks it runs at once share its heap's alignment budget. A lexicon named by a path that does not exist on the executor is looked up among
 * the files shipped with {@code spark-submit --files} ({@link SparkFiles}).
 * <pre>{@code
 * PairAligner aligner = ExecutorAligners.get("auto", "my-terms.tsv");
 * }</pre>
 */
public final class ExecutorAligners {
    private static final Map<List<String>, PairAligner> ALIGNERS = new ConcurrentHashMap<>();
    private static final Map<List<String>, Sverka> READERS = new ConcurrentHashMap<>();

    private ExecutorAligners() {
    }

    /**
     * @param mode    the aligner's mode name (auto, parallel, report, length)
     * @param lexicon a lexicon file laid over the default one, or null
     * @return the executor's aligner for that configuration
     */
    public static PairAligner get(String mode, String lexicon) {
        return ALIGNERS.computeIfAbsent(Arrays.asList(mode, lexicon), k -> Sverka.aligner().mode(mode)
                .lexicon(lexicon == null ? null : locate(lexicon)).build().pairAligner(concurrentTasks()));
    }

    /**
     * @param lexicon a lexicon file laid over the default one, or null
     * @return the executor's sverka for reading documents and translating their words through that lexicon
     */
    public static Sverka reader(String lexicon) {
        return READERS.computeIfAbsent(Arrays.asList(lexicon), k -> Sverka.aligner().lexicon(lexicon == null ? null : locate(lexicon)).build());
    }

    /**
     * @return how many tasks this executor runs at once, which share its heap: its cores
     *         ({@code spark.executor.cores}, else the machine's processors) over {@code spark.task.cpus}
     */
    static int concurrentTasks() {
        SparkEnv env = SparkEnv.get();
        int cores = Runtime.getRuntime().availableProcessors();
        if (env == null) {
            return cores;
        }
        return Math.max(1, env.conf().getInt("spark.executor.cores", cores) / Math.max(1, env.conf().getInt("spark.task.cpus", 1)));
    }

    /**
     * @param lexicon a lexicon path as given on the command line
     * @return the path itself when it exists here, else the file of that name shipped with {@code --files}
     */
    static Path locate(String lexicon) {
        Path p = Path.of(lexicon);
        if (Files.isRegularFile(p)) {
            return p;
        }
        Path shipped = Path.of(SparkFiles.get(p.getFileName().toString()));
        return Files.isRegularFile(shipped) ? shipped : p;
    }
}
