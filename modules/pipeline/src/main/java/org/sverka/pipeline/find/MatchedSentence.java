package org.sverka.pipeline.find;

import java.util.List;

/**
 * One confident match between a report and a candidate original: which report sentences render which
 * sentences of the original, and how sure the aligner is.
 *
 * @param report       the report's sentence numbers (0-based)
 * @param original     the original's sentence numbers (0-based)
 * @param reportText   the report's sentences, joined by a space
 * @param originalText the original's sentences, joined by a space
 * @param score        the bead's calibrated score in [0, 1]
 */
public record MatchedSentence(List<Integer> report, List<Integer> original, String reportText, String originalText,
                              double score) {
    /** Copies the lists. */
    public MatchedSentence {
        report = List.copyOf(report);
        original = List.copyOf(original);
    }
}
