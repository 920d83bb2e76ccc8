package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import org.sverka.core.Flag;

/**
 * What a fidelity check found in a matched bead, in two grades: <em>flags</em>, raised on positive
 * evidence of a difference (the other side has a number, a name or a rendered word at the same
 * place that disagrees), and <em>notes</em>, which only observe that something stands on one side
 * (a name a free translation renders by a pronoun, a number left out) and are not counted as flags.
 *
 * @param flags differences a reviewer should check
 * @param notes one-sided observations, weaker than flags
 */
record Findings(List<Flag> flags, List<Flag> notes) {
    /** Copies the lists. */
    Findings {
        flags = List.copyOf(flags);
        notes = List.copyOf(notes);
    }

    /** @return nothing found */
    static Findings none() {
        return new Findings(List.of(), List.of());
    }

    /**
     * @param other findings of another check
     * @return these findings followed by the other's, grade by grade
     */
    Findings and(Findings other) {
        List<Flag> f = new ArrayList<>(flags);
        f.addAll(other.flags);
        List<Flag> n = new ArrayList<>(notes);
        n.addAll(other.notes);
        return new Findings(f, n);
    }
}
