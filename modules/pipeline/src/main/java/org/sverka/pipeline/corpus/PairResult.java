package org.sverka.pipeline.corpus;

import java.util.List;

/**
 * What aligning one pair gave: its matched beads (unfiltered), or why it failed.
 *
 * @param id          the pair id
 * @param ok          false when the pair failed
 * @param reason      why it failed, or empty
 * @param mode        the aligner's mode, or empty
 * @param enSentences English sentences
 * @param ruSentences Russian sentences
 * @param millis      time taken
 * @param beads       the matched beads, in document order
 */
public record PairResult(String id, boolean ok, String reason, String mode, int enSentences, int ruSentences,
                         long millis, List<CorpusBead> beads) {
    /** Copies the list. */
    public PairResult {
        beads = List.copyOf(beads);
    }

    /**
     * @param id     the pair id
     * @param reason why it failed
     * @param millis time taken
     * @return a failed result
     */
    public static PairResult failed(String id, String reason, long millis) {
        return new PairResult(id, false, reason, "", 0, 0, millis, List.of());
    }

    /** The mode of a pair that failed for the machine, not its input. */
    static final String ERROR_MODE = "error";

    /**
     * A failure of the machine rather than the input (out of memory or disk, too slow, an I/O
     * error): a resumed run tries the pair again.
     *
     * @param id     the pair id
     * @param reason what happened
     * @param millis time taken
     * @return a failed result that a resumed run retries
     */
    public static PairResult error(String id, String reason, long millis) {
        return new PairResult(id, false, reason, ERROR_MODE, 0, 0, millis, List.of());
    }

    /** @return true when the pair failed for the machine and a resumed run should try it again */
    public boolean retryable() {
        return !ok && ERROR_MODE.equals(mode);
    }
}
