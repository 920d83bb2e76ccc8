package org.sverka.pipeline;

import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sverka.align.Aligner;
import org.sverka.align.AutoAligner;
import org.sverka.core.Alignment;
import org.sverka.core.InputException;

/**
 * The align stage of a job, within its limits: before aligning, the memory the aligner would take
 * is estimated from the sentence counts and a pair that would not fit in the heap is refused with a
 * message naming {@code --max-sentences}, instead of dying of {@link OutOfMemoryError}; the
 * alignment then runs on a worker thread and is abandoned when the job's {@link Deadline} passes.
 * <pre>{@code
 * AlignmentStage stage = AlignmentStage.forHeap(1);
 * Alignment a = stage.align(aligner, pair, Deadline.after(limits.timeout()));
 * }</pre>
 *
 * <p>What the estimate counts (see ReportAligner and ScoredPair in the align module): report mode, which
 * auto mode falls back to, keeps for every English-Russian sentence pair three logits, a gain and a
 * back pointer (40 bytes) and a cached score entry in a hash map (about 100 bytes): some
 * {@value #BYTES_PER_CELL} bytes a pair of sentences. The length aligner keeps 12 bytes a pair;
 * parallel mode works in a band and grows with the sentence count only. Auto mode is given a report
 * limit from the budget ({@link AutoAligner#withReportLimit(long)}), so a pair too large for report
 * mode's table is aligned in parallel mode rather than refused.
 *
 * <p>An abandoned alignment is interrupted, but the aligners do not look at interrupts yet, so its
 * thread runs to its end in the background; the caller is free at once.
 */
public final class AlignmentStage {
    /** Bytes a report- or auto-mode alignment takes per pair of sentences. */
    public static final long BYTES_PER_CELL = 140;
    /** Bytes the length aligner takes per pair of sentences. */
    public static final long LENGTH_BYTES_PER_CELL = 12;
    /** Bytes parallel mode takes per sentence. */
    public static final long PARALLEL_BYTES_PER_SENTENCE = 4_000;

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sverka-align");
        t.setDaemon(true);
        return t;
    });

    private final long budget;

    /**
     * @param budgetBytes the most memory one alignment may take
     */
    public AlignmentStage(long budgetBytes) {
        if (budgetBytes <= 0) {
            throw new IllegalArgumentException("the memory budget must be positive");
        }
        this.budget = budgetBytes;
    }

    /**
     * @param concurrent alignments that may run at once (a corpus run's threads)
     * @return a stage whose budget is three quarters of the heap ({@link Runtime#maxMemory()}) shared among them
     */
    public static AlignmentStage forHeap(int concurrent) {
        return new AlignmentStage(Math.max(1, Runtime.getRuntime().maxMemory() / 4 * 3 / Math.max(1, concurrent)));
    }

    /** @return the most memory one alignment may take */
    public long budget() {
        return budget;
    }

    /**
     * @param aligner  the aligner (its {@link Aligner#name()} tells its kind)
     * @param english  English sentences
     * @param russian  Russian sentences
     * @return the bytes the aligner would take, at worst
     */
    public static long estimate(Aligner aligner, int english, int russian) {
        long cells = (long) Math.max(1, english) * Math.max(1, russian);
        long parallel = ((long) english + russian) * PARALLEL_BYTES_PER_SENTENCE;
        if (aligner instanceof AutoAligner auto) {
            return Math.max(parallel, Math.min(cells, auto.reportLimit()) * BYTES_PER_CELL);
        }
        return switch (aligner.name()) {
            case "length" -> cells * LENGTH_BYTES_PER_CELL;
            case "parallel" -> parallel;
            default -> cells * BYTES_PER_CELL;
        };
    }

    /**
     * @param aligner the aligner
     * @param pair    the documents
     * @throws InputException when the alignment would not fit in the budget, naming the limit to lower
     */
    public void checkMemory(Aligner aligner, Pipeline.Pair pair) {
        int n = pair.english().size();
        int m = pair.russian().size();
        long need = estimate(aligner, n, m);
        if (need > budget) {
            throw new InputException(source(pair), String.format(Locale.ROOT,
                    "aligning %,d English with %,d Russian sentences would take about %s of memory, more than the %s allowed "
                            + "(of a %s heap); split the documents, lower --max-sentences to refuse such documents early, "
                            + "or give Java more memory (-Xmx)", n, m, size(need), size(budget), size(Runtime.getRuntime().maxMemory())));
        }
    }

    /**
     * Checks the memory, then aligns on a worker within the time left.
     *
     * @param aligner  the aligner
     * @param pair     the documents
     * @param deadline the job's deadline
     * @return the alignment
     * @throws InputException when the pair would not fit in memory, or the time runs out (naming {@code --timeout})
     */
    public Alignment align(Aligner aligner, Pipeline.Pair pair, Deadline deadline) {
        Aligner within = aligner instanceof AutoAligner auto ? auto.withReportLimit(Math.max(1, budget / BYTES_PER_CELL)) : aligner;
        checkMemory(within, pair);
        deadline.check(source(pair), "reading");
        Future<Alignment> job = WORKERS.submit(() -> within.align(pair.english(), pair.russian()));
        try {
            return job.get(Math.max(1, deadline.remaining().toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw deadline.exceeded(source(pair), "aligning");
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new InputException(source(pair), "interrupted while aligning");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    private static String source(Pipeline.Pair pair) {
        return Printable.escape(pair.english().document().source() + " and " + pair.russian().document().source());
    }

    private static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MB", Math.ceil(bytes / (double) (1L << 20)));
    }
}
