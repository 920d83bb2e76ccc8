package org.sverka.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sverka.core.BeadKind;
import org.sverka.core.Flag;

/**
 * One row of a TSV file as {@link TsvReader} reads it back: the texts, the score, the bead's kind,
 * its flags and, in a corpus file, where it came from.
 * <pre>{@code
 * TsvRow row = TsvReader.read(in, "corpus.tsv").get(0);
 * row.kind();    // BeadKind.TRANSLATION
 * row.flags();   // [number-only-ru:1 000]
 * }</pre>
 *
 * @param english the English text, empty for a Russian sentence left unmatched
 * @param russian the Russian text, empty for an English sentence left unmatched
 * @param score   the bead's score
 * @param kind    how the two sides relate
 * @param flags   what a reviewer should check
 * @param origin  the pair and documents the row came from, when the file names them
 */
public record TsvRow(String english, String russian, double score, BeadKind kind, List<Flag> flags,
                     Optional<RowOrigin> origin) {
    /** Checks the fields and copies the flags. */
    public TsvRow {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(russian, "russian");
        Objects.requireNonNull(kind, "kind");
        flags = List.copyOf(flags);
        Objects.requireNonNull(origin, "origin");
    }
}
