package org.sverka.index;

import java.util.Objects;
import java.util.Optional;

/**
 * A candidate after the second stage: the first stage's candidate (score and evidence kept) and,
 * when it was among those assessed, the reranker's assessment.
 *
 * @param candidate  the first-stage candidate
 * @param assessment the reranker's verdict, or empty when the candidate was past the assessed ones
 * @param <T>        what the reranker reports
 */
public record RerankedCandidate<T>(Candidate candidate, Optional<Assessment<T>> assessment) {
    /** Checks the fields. */
    public RerankedCandidate {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(assessment, "assessment");
    }
}
