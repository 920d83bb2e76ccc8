package org.sverka.spark;

import java.util.function.IntSupplier;

/**
 * The cluster's cores as the partition count should see them. Spark's
 * {@code defaultParallelism} counts the cores of the executors registered so far, and a job
 * started right after its session may have none yet (Spark then says 2); so the driver first
 * waits until executors have registered and their number has not changed for a few seconds,
 * at most a minute. On {@code local[N]} there is nothing to wait for.
 * <pre>{@code
 * int cores = ClusterCores.settled(() -> sc.statusTracker().getExecutorInfos().length - 1,
 *         sc::defaultParallelism, 3_000, 60_000);
 * }</pre>
 */
public final class ClusterCores {
    private ClusterCores() {
    }

    /**
     * @param executors   how many executors have registered now (the driver not counted)
     * @param parallelism the cores Spark counts now ({@code defaultParallelism})
     * @param quietMillis how long the number of executors must stay the same
     * @param maxMillis   the longest wait
     * @return the cores once the executors settled, or when the wait ended
     * @throws InterruptedException when the wait is interrupted
     */
    public static int settled(IntSupplier executors, IntSupplier parallelism, long quietMillis, long maxMillis)
            throws InterruptedException {
        if (quietMillis < 0 || maxMillis < 0) {
            throw new IllegalArgumentException("waits must not be negative: " + quietMillis + ", " + maxMillis);
        }
        long start = System.nanoTime();
        int seen = executors.getAsInt();
        long since = start;
        while (millisSince(start) < maxMillis) {
            if (seen > 0 && millisSince(since) >= quietMillis) {
                break;
            }
            Thread.sleep(Math.max(1, Math.min(250, quietMillis / 4)));
            int now = executors.getAsInt();
            if (now != seen) {
                seen = now;
                since = System.nanoTime();
            }
        }
        return parallelism.getAsInt();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
