package org.sverka.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PartitioningTest {
    @Test
    void fewPairsGetAPartitionEach() {
        assertEquals(5, Partitioning.count(5, 2, 0));
        assertEquals(2, Partitioning.count(2, 8, 0));
        assertEquals(1, Partitioning.count(1, 8, 0));
    }

    @Test
    void manyPairsGetThreePartitionsACoreAndAtMostAThousandPairsEach() {
        assertEquals(6, Partitioning.count(100, 2, 0));
        assertEquals(48, Partitioning.count(10_000, 16, 0));
        assertEquals(100, Partitioning.count(100_000, 8, 0), "a thousand pairs at most in a partition");
        assertEquals(101, Partitioning.count(100_001, 8, 0));
        for (int pairs = 2; pairs < 3000; pairs += 7) {
            int n = Partitioning.count(pairs, 1, 0);
            assertTrue(n > 1 && n <= pairs, pairs + " pairs on one core: " + n + " partitions");
        }
    }

    @Test
    void aRequestedCountIsKeptUpToOnePairAPartition() {
        assertEquals(10, Partitioning.count(100, 2, 10));
        assertEquals(1, Partitioning.count(100, 64, 1));
        assertEquals(7, Partitioning.count(7, 2, 50));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Partitioning.count(0, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> Partitioning.count(5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Partitioning.count(5, 2, -1));
    }
}
