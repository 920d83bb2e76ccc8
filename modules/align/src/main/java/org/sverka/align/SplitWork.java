package org.sverka.align;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Work over the indexes {@code [0, size)} of a long pair shared by two threads: the calling thread
 * and a helper thread take chunks of contiguous indexes in turn from one counter until none is left,
 * so neither waits for the other when one part of the range is costlier than another. Each index
 * must be computed on its own into its own slot (no shared state written but thread-safe caches of
 * values that do not depend on who computes them first), so the result is the same as on one
 * thread; the caller merges in index order afterwards.
 * <pre>{@code
 * double[] out = new double[cells.length];
 * SplitWork.run(cells.length, pair.threads, (from, to) -> {
 *     for (int c = from; c < to; c++) out[c] = score(cells[c]);
 * });
 * }</pre>
 */
final class SplitWork {
    /** Fewer items than this are done on the calling thread: a helper thread would cost more than it saves. */
    static final int MIN_ITEMS = 400;

    /** About this many chunks a range is cut into: enough to even out the two threads, few enough to cost nothing. */
    private static final int CHUNKS = 64;

    /** The fewest indexes in a chunk. */
    private static final int MIN_CHUNK = 4;

    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sverka-split");
        t.setDaemon(true);
        return t;
    });

    private SplitWork() {
    }

    /** Work over a range of indexes. */
    @FunctionalInterface
    interface Range {
        /**
         * @param from the first index
         * @param to   one past the last index
         */
        void run(int from, int to);
    }

    /** @return the threads a long pair may use here: 2 on a machine of several cores, else 1 */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors() >= 2 ? 2 : 1;
    }

    /**
     * @param size    the number of indexes
     * @param threads 1 to do everything on this thread, 2 to split (when {@code size} is at least {@link #MIN_ITEMS})
     * @param work    what to do with a range
     */
    static void run(int size, int threads, Range work) {
        if (size < 0 || threads < 1) {
            throw new IllegalArgumentException("size " + size + " and threads " + threads + " must be non-negative and positive");
        }
        if (threads == 1 || size < MIN_ITEMS) {
            work.run(0, size);
            return;
        }
        int chunk = Math.max(MIN_CHUNK, size / CHUNKS);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable share = () -> {
            try {
                for (int from = next.getAndAdd(chunk); from < size; from = next.getAndAdd(chunk)) {
                    work.run(from, Math.min(size, from + chunk));
                }
            } catch (RuntimeException | Error e) {
                next.set(size);   // the other thread takes no further chunk
                throw e;
            }
        };
        CompletableFuture<Void> second = CompletableFuture.runAsync(share, HELPERS);
        share.run();
        await(second);
    }

    /**
     * Runs two tasks at once, {@code there} on the helper thread and {@code here} on this one, when
     * {@code threads} is 2; one after the other on this thread when it is 1. A task's failure is
     * thrown as it was.
     *
     * @param threads 1 or 2
     * @param here    a task for this thread
     * @param there   a task for the helper thread
     */
    static void both(int threads, Runnable here, Runnable there) {
        if (threads < 2) {
            here.run();
            there.run();
            return;
        }
        CompletableFuture<Void> second = CompletableFuture.runAsync(there, HELPERS);
        here.run();
        await(second);
    }

    /** Waits for the helper thread's task, throwing its failure as it was. */
    private static void await(CompletableFuture<Void> helper) {
        try {
            helper.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
