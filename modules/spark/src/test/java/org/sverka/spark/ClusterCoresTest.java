package org.sverka.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClusterCoresTest {
    @Test
    void waitsForExecutorsThatRegisterLateAndCountsTheirCores() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        // no executor for the first calls, then one, then two, then steady: as a cluster's executors register
        int cores = ClusterCores.settled(() -> Math.min(2, Math.max(0, calls.incrementAndGet() - 5) / 3),
                () -> Math.max(2, 4 * Math.min(2, Math.max(0, calls.get() - 5) / 3)), 200, 30_000);
        assertEquals(8, cores, "two executors of four cores");
        assertTrue(calls.get() > 11, "it kept looking until the count settled: " + calls.get());
    }

    @Test
    void givesUpAfterTheLongestWait() throws InterruptedException {
        long t0 = System.nanoTime();
        assertEquals(2, ClusterCores.settled(() -> 0, () -> 2, 100, 500));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms >= 500 && ms < 20_000, ms + " ms");
    }

    @Test
    void settledExecutorsAreCountedWithoutWaitingLong() throws InterruptedException {
        long t0 = System.nanoTime();
        assertEquals(6, ClusterCores.settled(() -> 3, () -> 6, 100, 60_000));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 30_000);
    }
}
