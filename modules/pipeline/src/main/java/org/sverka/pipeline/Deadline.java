package org.sverka.pipeline;

import java.time.Duration;
import java.util.Locale;
import org.sverka.core.InputException;

/**
 * The time left for one job (a document pair: extraction, segmentation and alignment together),
 * carried through its stages and checked between them.
 * <pre>{@code
 * Deadline d = Deadline.after(limits.timeout());
 * Pipeline.Pair pair = pipeline.readPair(en, ru, false, d);   // checked after each document
 * Alignment a = new AlignmentStage(limits).align(aligner, pair, d);  // abandoned when time runs out
 * }</pre>
 * Thread-safe (immutable).
 */
public final class Deadline {
    private final Duration limit;
    private final long end;

    private Deadline(Duration limit, long end) {
        this.limit = limit;
        this.end = end;
    }

    /**
     * @param limit the time allowed from now
     * @return a deadline that far away
     */
    public static Deadline after(Duration limit) {
        long nanos;
        try {
            nanos = limit.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE / 4;
        }
        return new Deadline(limit, System.nanoTime() + Math.min(nanos, Long.MAX_VALUE / 4));
    }

    /** @return the time allowed in all */
    public Duration limit() {
        return limit;
    }

    /** @return the time left, zero when passed */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, end - System.nanoTime()));
    }

    /** @return true when the time is up */
    public boolean passed() {
        return end - System.nanoTime() <= 0;
    }

    /**
     * @param source the input concerned
     * @param stage  what was being done ("reading", "aligning")
     * @throws InputException when the time is up, naming the limit to raise
     */
    public void check(String source, String stage) {
        if (passed()) {
            throw exceeded(source, stage);
        }
    }

    /**
     * @param source the input concerned
     * @param stage  what was being done
     * @return the error of a job over its time: one line naming the limit to raise
     */
    public TimeLimitException exceeded(String source, String stage) {
        return new TimeLimitException(source, String.format(Locale.ROOT, "took longer than the time limit of %s (while %s) and was "
                + "abandoned; raise --timeout", seconds(limit), stage));
    }

    static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return s == Math.rint(s) ? String.format(Locale.ROOT, "%.0f s", s) : String.format(Locale.ROOT, "%.3g s", s);
    }
}
