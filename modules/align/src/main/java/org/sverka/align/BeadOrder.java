package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.sverka.core.Bead;

/**
 * Puts beads in document order for a reader: English order first, each Russian sentence that no
 * bead matched placed right after the bead holding the Russian sentence before it.
 */
final class BeadOrder {
    private BeadOrder() {
    }

    /**
     * @param englishOrdered beads with English sentences (matches and 1-0), in English order
     * @param russianCount   sentences on the Russian side
     * @return all beads, unmatched Russian sentences added as 0-1 beads
     */
    static List<Bead> withUnmatchedRussian(List<Bead> englishOrdered, int russianCount) {
        boolean[] used = new boolean[russianCount];
        int[] owner = new int[russianCount];
        java.util.Arrays.fill(owner, -1);
        for (int k = 0; k < englishOrdered.size(); k++) {
            for (int r : englishOrdered.get(k).ru()) {
                used[r] = true;
                owner[r] = k;
            }
        }
        List<List<Bead>> after = new ArrayList<>();
        IntStream.rangeClosed(0, englishOrdered.size()).forEach(k -> after.add(new ArrayList<>()));
        int anchor = -1;
        for (int r = 0; r < russianCount; r++) {
            if (used[r]) {
                anchor = owner[r];
            } else {
                after.get(anchor + 1).add(Bead.of(List.of(), List.of(r), 0.0));
            }
        }
        List<Bead> out = new ArrayList<>(after.get(0));
        for (int k = 0; k < englishOrdered.size(); k++) {
            out.add(englishOrdered.get(k));
            out.addAll(after.get(k + 1));
        }
        return out;
    }
}
