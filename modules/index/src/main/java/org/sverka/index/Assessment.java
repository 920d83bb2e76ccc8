package org.sverka.index;

/**
 * A reranker's verdict on a candidate.
 *
 * @param score  higher is better; a finite number
 * @param detail what the reranker found (for example the alignment), or null
 * @param <T>    the detail's type
 */
public record Assessment<T>(double score, T detail) {
    /** Checks that the score is a number. */
    public Assessment {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("assessment score " + score + " is not finite");
        }
    }
}
