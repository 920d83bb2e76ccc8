package org.sverka.segment.eval;

import java.util.List;
import java.util.Objects;

/**
 * One case of the English Golden Rules: a text and the sentences it must be cut into.
 *
 * @param text     the input
 * @param expected the sentences, in order
 */
public record GoldenRule(String text, List<String> expected) {
    /** Checks and copies. */
    public GoldenRule {
        Objects.requireNonNull(text, "text");
        expected = List.copyOf(expected);
    }
}
