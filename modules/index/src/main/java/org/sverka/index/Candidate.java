package org.sverka.index;

import java.util.Objects;

/**
 * A document the first stage found for a query, with its BM25 score and the evidence.
 *
 * @param path     the document's identity in the index
 * @param title    its title, or an empty string
 * @param language its language code
 * @param score    the first-stage score (BM25 over the weighted fields; comparable within one query only)
 * @param evidence which names, numbers and words of the query it holds
 */
public record Candidate(String path, String title, String language, double score, Evidence evidence) {
    /** Checks the fields. */
    public Candidate {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(evidence, "evidence");
    }
}
