package org.sverka.spark;

/**
 * How many partitions (tasks) the job splits a manifest's pairs into. By default about three
 * per core of the cluster ({@code defaultParallelism}), so that a core that drew long documents
 * does not hold the others up, at most one per pair, and at least one per 1,000 pairs, so that a
 * failed task costs little to redo and progress is reported often.
 * <pre>{@code
 * Partitioning.count(5, 2, 0);      // 5: one pair per partition
 * Partitioning.count(100, 2, 0);    // 6
 * Partitioning.count(100_000, 8, 0);// 100
 * Partitioning.count(100, 2, 10);   // 10, as asked
 * }</pre>
 */
public final class Partitioning {
    /** Partitions per core by default. */
    public static final int PER_CORE = 3;
    /** The most pairs in one partition by default. */
    public static final int MAX_PAIRS_PER_PARTITION = 1000;

    private Partitioning() {
    }

    /**
     * @param pairs       the number of pairs, at least 1
     * @param parallelism the cluster's cores ({@code SparkContext.defaultParallelism()}), at least 1
     * @param requested   the count asked for ({@code --partitions}), or 0 for the default
     * @return the partition count, between 1 and {@code pairs}
     */
    public static int count(int pairs, int parallelism, int requested) {
        if (pairs < 1 || parallelism < 1 || requested < 0) {
            throw new IllegalArgumentException("pairs and parallelism must be positive, the requested count not negative: "
                    + pairs + ", " + parallelism + ", " + requested);
        }
        if (requested > 0) {
            return Math.min(requested, pairs);
        }
        long perCore = (long) PER_CORE * parallelism;
        int bySize = (pairs + MAX_PAIRS_PER_PARTITION - 1) / MAX_PAIRS_PER_PARTITION;
        return (int) Math.max(Math.min(pairs, perCore), bySize);
    }
}
