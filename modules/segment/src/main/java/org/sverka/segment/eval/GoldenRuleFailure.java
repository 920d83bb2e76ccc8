package org.sverka.segment.eval;

import java.util.List;

/**
 * A golden rule the segmenter did not pass.
 *
 * @param rule   the case
 * @param actual what the segmenter returned, white space normalised
 */
public record GoldenRuleFailure(GoldenRule rule, List<String> actual) {
    /** Copies the list. */
    public GoldenRuleFailure {
        actual = List.copyOf(actual);
    }
}
