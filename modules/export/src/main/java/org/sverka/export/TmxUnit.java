package org.sverka.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sverka.core.BeadKind;
import org.sverka.core.Flag;

/**
 * One translation unit of a TMX file as {@link TmxReader#readUnits} reads it: both sides, the
 * bead's kind and flags (from the {@code x-kind} and {@code x-flags} props {@link TmxWriter}
 * writes) and every prop of the unit by type.
 * <pre>{@code
 * TmxUnit u = TmxReader.readUnits(in, "memory.tmx").get(0);
 * u.props().get("x-score");   // "0.912"
 * }</pre>
 *
 * @param english the English segment
 * @param russian the Russian segment
 * @param kind    the bead's kind; {@link BeadKind#TRANSLATION} when the unit does not say
 * @param flags   the bead's flags; none when the unit has no {@code x-flags}
 * @param props   the unit's props by type, in file order (the first of a type repeated)
 */
public record TmxUnit(String english, String russian, BeadKind kind, List<Flag> flags, Map<String, String> props) {
    /** Checks the fields and copies the collections. */
    public TmxUnit {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(russian, "russian");
        Objects.requireNonNull(kind, "kind");
        flags = List.copyOf(flags);
        props = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(props));
    }
}
