package org.sverka.pipeline.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.sverka.core.InputException;

/**
 * Walks the pairs of a corpus pass on a pool of worker threads: runs the per-pair function on each,
 * hands every result to a sink one at a time (in the order they finish), tells the progress, and
 * under {@code strict} stops at the first failed pair.
 * <pre>{@code
 * boolean stopped = new PairRunner(4, false).run(pairs, aligner::align, progress, "aligning", journal::record);
 * }</pre>
 */
final class PairRunner {
    private final int threads;
    private final boolean strict;

    /**
     * @param threads worker threads
     * @param strict  stop at the first failed pair
     */
    PairRunner(int threads, boolean strict) {
        this.threads = threads;
        this.strict = strict;
    }

    /**
     * @param pairs    the pairs of the pass
     * @param work     the per-pair function (never throws: a failure is a failed result)
     * @param progress told of the pass and of every pair
     * @param pass     the pass's name
     * @param sink     takes each result, one call at a time
     * @return true when the pass stopped at a failed pair under {@code strict}
     */
    boolean run(List<PairSource> pairs, Function<PairSource, PairResult> work, CorpusBuilder.Progress progress, String pass,
                BiConsumer<PairSource, PairResult> sink) {
        progress.start(pairs.size(), pairs.size(), pass);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sverka-corpus");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean stop = new AtomicBoolean();
        Object lock = new Object();
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (PairSource p : pairs) {
                jobs.add(pool.submit(() -> {
                    if (stop.get()) {
                        return;
                    }
                    PairResult r = work.apply(p);
                    synchronized (lock) {
                        if (stop.get()) {
                            return;
                        }
                        sink.accept(p, r);
                        progress.done(r);
                        if (!r.ok() && strict) {
                            stop.set(true);
                        }
                    }
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } catch (ExecutionException e) {
            stop.set(true);
            Throwable c = e.getCause();
            throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("corpus", "interrupted");
        } finally {
            pool.shutdownNow();
            awaitWorkers(pool);
            progress.finish();
        }
        return stop.get();
    }

    /**
     * Waits a while for the workers to stop, so that no pair's file is still being written when the
     * pass ends in an error (a full disk): the caller then sees the folder as the pass left it.
     */
    private static void awaitWorkers(ExecutorService pool) {
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
