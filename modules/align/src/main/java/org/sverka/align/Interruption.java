package org.sverka.align;

import java.util.concurrent.CancellationException;

/**
 * Lets a long alignment stop when the thread that runs it is interrupted (a caller whose time
 * limit has passed cancels its worker), instead of keeping a core busy with a result nobody waits
 * for. The aligners call it once per row of their tables, which costs nothing measurable.
 * <pre>{@code
 * for (int i = 0; i < n; i++) {
 *     Interruption.check();
 *     ...
 * }
 * }</pre>
 */
final class Interruption {
    private Interruption() {
    }

    /**
     * @throws CancellationException when the current thread has been interrupted; the interrupt
     *                               flag stays set for the caller to see
     */
    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the alignment was cancelled");
        }
    }
}
