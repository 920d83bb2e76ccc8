package org.sverka.core;

import java.util.Objects;

/**
 * Something a reviewer should look at in a bead: a number or a name present on one side only.
 *
 * @param kind   what differs
 * @param detail the value concerned, as written in the text (for example {@code "62%"})
 */
public record Flag(Kind kind, String detail) {
    /** What a flag is about. */
    public enum Kind {
        /** A number on the English side that the Russian side lacks or writes differently. */
        NUMBER_ONLY_EN,
        /** A number on the Russian side that the English side lacks or writes differently. */
        NUMBER_ONLY_RU,
        /** A name on the English side not found on the Russian side. */
        NAME_ONLY_EN,
        /** A name on the Russian side not found on the English side. */
        NAME_ONLY_RU
    }

    /** Checks the invariants. */
    public Flag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** @return a short label such as {@code number-only-en:62%} */
    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ":" + detail;
    }
}
