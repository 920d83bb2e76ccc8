package org.sverka.export;

import java.util.Objects;

/**
 * What a reviewer did with one row of the review workbook: the status given, and whether the row
 * is the aligner's bead as it was, an edited one (texts or sentence numbers changed) or a row the
 * reviewer added. The aligner's score and flags only describe an unchanged row.
 * <pre>{@code
 * new RowReview("accept", RowReview.Change.EDITED).change().scoreStillApplies();   // false
 * }</pre>
 *
 * @param status {@code accept}, {@code unsure}, {@code reject}, or empty when the reviewer gave none
 * @param change how the row differs from the aligner's bead
 */
public record RowReview(String status, Change change) {
    /** How a reviewed row differs from the bead the aligner wrote. */
    public enum Change {
        /** The aligner's bead as it was. */
        UNCHANGED,
        /** A text or the sentence numbers were changed (a merge or split included). */
        EDITED,
        /** A row the reviewer added, or a copy of a bead's row. */
        ADDED;

        /** @return true when the aligner's score and flags still describe the row */
        public boolean scoreStillApplies() {
            return this == UNCHANGED;
        }

        /** @return the lower-case name written in outputs */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Checks the fields. */
    public RowReview {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(change, "change");
    }
}
