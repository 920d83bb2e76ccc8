package org.sverka.segment.eval;

import java.util.List;

/**
 * One window the segmenter got wrong, for a report.
 *
 * @param etalon the sentences of the window
 * @param guess  the sentences the segmenter returned
 * @param falseSplits  splits made where the etalon has none
 * @param missedSplits etalon splits not made
 */
public record RazdelWindowError(List<String> etalon, List<String> guess, int falseSplits, int missedSplits) {
    /** Copies the lists. */
    public RazdelWindowError {
        etalon = List.copyOf(etalon);
        guess = List.copyOf(guess);
    }
}
