package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Two tasks at once, and their failures as they were. */
class SplitWorkTest {
    @Test
    void twoTasksRunOnTwoThreadsOrInTurnOnOne() {
        AtomicReference<Thread> here = new AtomicReference<>();
        AtomicReference<Thread> there = new AtomicReference<>();
        SplitWork.both(2, () -> here.set(Thread.currentThread()), () -> there.set(Thread.currentThread()));
        assertSame(Thread.currentThread(), here.get());
        assertNotEquals(Thread.currentThread(), there.get());
        SplitWork.both(1, () -> here.set(Thread.currentThread()), () -> there.set(Thread.currentThread()));
        assertSame(Thread.currentThread(), there.get());
    }

    @Test
    void theHelpersFailureIsThrownAsItWas() {
        IllegalStateException failure = new IllegalStateException("no names");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> SplitWork.both(2, () -> { }, () -> { throw failure; }));
        assertSame(failure, thrown);
        assertEquals("no names", thrown.getMessage());
    }
}
