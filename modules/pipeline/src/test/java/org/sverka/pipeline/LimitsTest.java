package org.sverka.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Limits are values: the front door finds its pipeline by them. */
class LimitsTest {
    @Test
    void equalLimitsAreEqualAndEveryFieldCounts() {
        Limits a = new Limits(50L << 20, 5_000_000, 100_000, 20_000, Duration.ofSeconds(60));
        assertEquals(Limits.DEFAULT, a);
        assertEquals(Limits.DEFAULT.hashCode(), a.hashCode());
        for (Limits other : List.of(
                new Limits(1L << 20, 5_000_000, 100_000, 20_000, Duration.ofSeconds(60)),
                new Limits(50L << 20, 1_000, 100_000, 20_000, Duration.ofSeconds(60)),
                new Limits(50L << 20, 5_000_000, 10, 20_000, Duration.ofSeconds(60)),
                new Limits(50L << 20, 5_000_000, 100_000, 200, Duration.ofSeconds(60)),
                new Limits(50L << 20, 5_000_000, 100_000, 20_000, Duration.ofSeconds(6)))) {
            assertNotEquals(a, other, other.toString());
            assertNotEquals(a.hashCode(), other.hashCode(), other.toString());
        }
        assertNotEquals(a, "limits");
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Limits(0, 1, 1, 1, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Limits(1, 1, 1, 1, Duration.ZERO));
    }
}
