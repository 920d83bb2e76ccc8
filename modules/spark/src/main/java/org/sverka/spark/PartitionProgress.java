package org.sverka.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The progress file of one partition, written by its executor when the partition is done:
 * {@code OUTPUT/progress/part-00003-of-00008.tsv}, one line per pair
 * ({@code pair_id, ok|failed, beads kept, milliseconds, reason}) and a last line starting with
 * {@code #} that says how many pairs and failures, which executor on which host, and how long.
 * A task that is run again (after a lost executor) writes its file again.
 * <pre>
 * briefing	ok	14	2310
 * swapped	failed	0	120	swapped: the English document is in Russian
 * # done: 2 pairs, 1 failed, 14 beads, executor 1 on node-7, 2.5 s
 * </pre>
 */
public final class PartitionProgress {
    private final int partition;
    private final int partitions;
    private final String executor;
    private final long start = System.nanoTime();
    private final StringBuilder lines = new StringBuilder();
    private int pairs;
    private int failed;
    private long beads;

    /**
     * @param partition  the partition's index
     * @param partitions how many partitions the job has
     * @param executor   the executor's id, or empty
     */
    public PartitionProgress(int partition, int partitions, String executor) {
        this.partition = partition;
        this.partitions = partitions;
        this.executor = executor;
    }

    /**
     * Records a finished pair.
     *
     * @param id     the pair id
     * @param ok     false when it failed
     * @param kept   beads kept
     * @param millis time taken
     * @param reason why it failed, or empty
     */
    public void add(String id, boolean ok, int kept, long millis, String reason) {
        pairs++;
        beads += kept;
        if (!ok) {
            failed++;
        }
        lines.append(id).append('\t').append(ok ? "ok" : "failed").append('\t').append(kept).append('\t').append(millis);
        if (!ok) {
            lines.append('\t').append(reason.replaceAll("(?U)\\s+", " "));
        }
        lines.append('\n');
    }

    /** @return the file's name, for example {@code part-00003-of-00008.tsv} */
    public String fileName() {
        return String.format("part-%05d-of-%05d.tsv", partition, partitions);
    }

    /**
     * Writes the file, replacing an earlier attempt's.
     *
     * @param folder the progress folder's URI
     * @param conf   the Hadoop configuration
     */
    public void write(String folder, Configuration conf) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        String summary = String.format("# done: %d pairs, %d failed, %d beads, executor %s on %s, %.1f s%n", pairs, failed, beads,
                executor.isEmpty() ? "?" : executor, host, (System.nanoTime() - start) / 1e9);
        Path file = new Path(folder, fileName());
        try {
            FileSystem fs = file.getFileSystem(conf);
            try (Writer w = new OutputStreamWriter(fs.create(file, true), StandardCharsets.UTF_8)) {
                w.write(lines.toString());
                w.write(summary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the progress file " + file + ": " + e.getMessage(), e);
        }
    }
}
