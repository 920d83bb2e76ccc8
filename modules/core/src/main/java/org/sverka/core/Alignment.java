package org.sverka.core;

import java.util.List;
import java.util.Objects;

/**
 * The result of aligning an English document with a Russian one.
 *
 * <p>Beads are in document order and cover every sentence of both sides exactly once:
 * unmatched sentences stand in 1-0 and 0-1 beads in their place.
 *
 * @param english the English side
 * @param russian the Russian side
 * @param beads   the beads in document order
 * @param mode    the aligner that produced it ({@code parallel}, {@code report}, ...)
 * @param reason  why that aligner was chosen, in a sentence, for people
 */
public record Alignment(SegmentedDocument english, SegmentedDocument russian, List<Bead> beads,
                        String mode, String reason) {
    /** Checks that every sentence of both sides stands in exactly one bead. */
    public Alignment {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(russian, "russian");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(reason, "reason");
        beads = List.copyOf(beads);
        requireCover(beads, true, english.size(), "English");
        requireCover(beads, false, russian.size(), "Russian");
    }

    /** The check of one side, bead by bead in plain loops (a stream a bead was cold code on the aligner's one thread). */
    private static void requireCover(List<Bead> beads, boolean englishSide, int size, String side) {
        boolean[] seen = new boolean[size];
        for (Bead b : beads) {
            for (int i : englishSide ? b.en() : b.ru()) {
                if (i >= size) {
                    throw new IllegalArgumentException(side + " sentence " + (i + 1) + " is out of range 1.." + size);
                }
                if (seen[i]) {
                    throw new IllegalArgumentException(side + " sentence " + (i + 1) + " is in two beads");
                }
                seen[i] = true;
            }
        }
        for (int i = 0; i < size; i++) {
            if (!seen[i]) {
                throw new IllegalArgumentException(side + " sentence " + (i + 1) + " is in no bead");
            }
        }
    }

    /**
     * @param bead a bead of this alignment
     * @return its English sentences joined by a space
     */
    public String englishText(Bead bead) {
        return join(english, bead.en());
    }

    /**
     * @param bead a bead of this alignment
     * @return its Russian sentences joined by a space
     */
    public String russianText(Bead bead) {
        return join(russian, bead.ru());
    }

    private static String join(SegmentedDocument side, List<Integer> ids) {
        StringBuilder sb = new StringBuilder();
        for (int i : ids) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(side.text(i));
        }
        return sb.toString();
    }
}
