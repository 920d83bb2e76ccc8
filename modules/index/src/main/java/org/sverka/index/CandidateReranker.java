package org.sverka.index;

import java.io.IOException;

/**
 * The second stage, written by the caller: assesses a first-stage candidate on its stored
 * sentences, for example by aligning them with the report and counting the report sentences with a
 * confident match.
 * <pre>{@code
 * CandidateReranker<Alignment> byAlignment = (candidate, original) -> {
 *     Alignment a = aligner.align(report, segmented(original.sentences()));
 *     return new Assessment<>(a.shareOfReportMatched(), a);
 * };
 * }</pre>
 *
 * @param <T> what the assessment reports besides its score (an alignment, a list of matched
 *            sentences), kept with the reranked candidate
 */
@FunctionalInterface
public interface CandidateReranker<T> {
    /**
     * @param candidate the first-stage candidate, with its score and evidence
     * @param original  the candidate's stored sentences and title
     * @return the score (higher is better; comparable across the candidates of one query) and detail
     * @throws IOException when the assessment cannot be made
     */
    Assessment<T> assess(Candidate candidate, StoredDocument original) throws IOException;
}
