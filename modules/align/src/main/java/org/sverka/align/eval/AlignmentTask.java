package org.sverka.align.eval;

import java.util.List;
import org.sverka.core.Bead;

/**
 * An alignment problem with its exact answer.
 *
 * @param id      a name such as {@code report-ntrex128-017}
 * @param family  {@code parallel} or {@code report}
 * @param corpus  the corpus the documents came from
 * @param english English sentences, one a line
 * @param russian Russian sentences, one a line
 * @param gold    the true beads (scores 0)
 */
public record AlignmentTask(String id, String family, String corpus, List<String> english, List<String> russian,
                            List<Bead> gold) {
    /** Copies the lists. */
    public AlignmentTask {
        english = List.copyOf(english);
        russian = List.copyOf(russian);
        gold = List.copyOf(gold);
    }
}
