package org.sverka.pipeline.find;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sverka.core.Alignment;

/**
 * A candidate original of a report, with the evidence a person needs to judge it.
 *
 * @param path            the document's identity in the index (its absolute path when it was read from a file)
 * @param title           its title, or an empty string
 * @param language        its language code
 * @param firstStageScore the BM25 score it was found with (comparable within one query only)
 * @param assessed        whether it was aligned with the report (the first candidates are)
 * @param score           when assessed, the share of report sentences with a counted confident match (one that no
 *                        other candidate outweighs, see {@code outweighed}) times
 *                        {@code 0.9 + 0.1 × order agreement}, in [0, 1]; else 0
 * @param matchedShare    the share of report sentences with a counted confident match (score ≥ 0.5), when assessed
 * @param orderAgreement  the share of consecutive confident matches that keep the original's order
 *                        (1 with fewer than two matches), when assessed
 * @param matches         the counted confident matches, in report order, when assessed (a match that merges several
 *                        report sentences lists only those it counts for, see {@code outweighed})
 * @param sharedNames     the report's names the document holds, as the report writes them
 * @param sharedNumbers   the report's numbers and dates the document holds, as the report writes them
 * @param alignment       the alignment of the report with the document, when assessed
 * @param weightedShare   the share of report sentences with a confident match, each counted by its bead's score
 *                        (at most {@code matchedShare}), when assessed
 * @param originalShare   the share of the document's characters in its confidently matched sentences (how much
 *                        of it the report explains; near 1 for a full translation), when assessed
 * @param numberConflicts how many numbers the confidently matched sentences disagree on ("10.47 a.m." against
 *                        "10 ч. 23 м." is 2), when assessed
 * @param outweighed      how many of its confident matches are not counted, wholly or in part, because another
 *                        candidate matched one of their report sentences far more surely (a match of 0.55 against one of
 *                        0.99) or, for a match that merges several report sentences, rendered one of them alone more
 *                        surely (that report sentence is then not counted for the merge), when assessed
 */
public record FoundOriginal(String path, String title, String language, double firstStageScore, boolean assessed,
                            double score, double matchedShare, double orderAgreement, List<MatchedSentence> matches,
                            List<String> sharedNames, List<String> sharedNumbers, Optional<Alignment> alignment,
                            double weightedShare, double originalShare, int numberConflicts, int outweighed) {
    /** Copies the lists and checks the fields. */
    public FoundOriginal {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        matches = List.copyOf(matches);
        sharedNames = List.copyOf(sharedNames);
        sharedNumbers = List.copyOf(sharedNumbers);
        Objects.requireNonNull(alignment, "alignment");
    }
}
