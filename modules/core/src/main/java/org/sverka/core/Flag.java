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
        NAME_ONLY_RU,
        /** A negation ("not", "never") on the English side of a match whose Russian side has none. */
        NEGATION_ONLY_EN,
        /** A negation («не», «никогда») on the Russian side of a match whose English side has none. */
        NEGATION_ONLY_RU;

        /** @return true when the flag marks something on the English side */
        public boolean english() {
            return this == NUMBER_ONLY_EN || this == NAME_ONLY_EN || this == NEGATION_ONLY_EN;
        }

        /** @return what a reviewer reads beside the flagged text: "number only here", "negation only here" */
        public String description() {
            return switch (this) {
                case NUMBER_ONLY_EN, NUMBER_ONLY_RU -> "number only here";
                case NAME_ONLY_EN, NAME_ONLY_RU -> "name only here";
                case NEGATION_ONLY_EN, NEGATION_ONLY_RU -> "negation only here";
            };
        }
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
