package org.sverka.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of an alignment: English sentences paired with Russian ones.
 *
 * <p>Either side may be empty: a bead with no Russian sentences (1-0) is English text with no
 * counterpart, such as a reporter's commentary; one with no English sentences (0-1) is a Russian
 * sentence the English text left out. Sentence numbers are indices from 0 into the two
 * {@link SegmentedDocument}s, ascending within a side.
 *
 * @param en    English sentence indices
 * @param ru    Russian sentence indices
 * <p>Its {@link BeadKind} says how the sides relate (translation, partial, paraphrase, dateline,
 * one side only); a partial bead may carry the {@link TextSpan} of its longer side's text (the
 * bead's sentences of that side joined by a space) that the shorter side renders.
 *
 * @param en    English sentence indices
 * @param ru    Russian sentence indices
 * @param score calibrated confidence in [0, 1] that the two sides translate each other; 0 for 1-0 and 0-1 beads
 * @param flags what a reviewer should check
 * @param kind  how the two sides relate; must agree with the shape (a match kind only when both sides have sentences)
 * @param span  for a partial bead, the part of the longer side rendered, where it was found
 */
public record Bead(List<Integer> en, List<Integer> ru, double score, List<Flag> flags, BeadKind kind,
                   Optional<TextSpan> span) {
    /** Checks the invariants and copies the lists. */
    public Bead {
        en = List.copyOf(en);
        ru = List.copyOf(ru);
        flags = List.copyOf(flags);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        if (en.isEmpty() && ru.isEmpty()) {
            throw new IllegalArgumentException("a bead needs at least one sentence");
        }
        if (kind.isMatch() != (!en.isEmpty() && !ru.isEmpty())) {
            throw new IllegalArgumentException("a " + en.size() + "-" + ru.size() + " bead cannot be " + kind.label());
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score out of [0,1]: " + score);
        }
        requireAscending(en);
        requireAscending(ru);
    }

    /**
     * A bead whose kind follows from its shape ({@link BeadKind#byShape(int, int)}).
     *
     * @param en    English sentence indices
     * @param ru    Russian sentence indices
     * @param score confidence in [0, 1]
     * @param flags what a reviewer should check
     */
    public Bead(List<Integer> en, List<Integer> ru, double score, List<Flag> flags) {
        this(en, ru, score, flags, BeadKind.byShape(en.size(), ru.size()), Optional.empty());
    }

    /**
     * A bead without flags.
     *
     * @param en    English sentence indices
     * @param ru    Russian sentence indices
     * @param score confidence in [0, 1]
     * @return the bead
     */
    public static Bead of(List<Integer> en, List<Integer> ru, double score) {
        return new Bead(en, ru, score, List.of());
    }

    private static void requireAscending(List<Integer> ids) {
        for (int i = 0; i < ids.size(); i++) {
            Objects.requireNonNull(ids.get(i));
            if (ids.get(i) < 0 || (i > 0 && ids.get(i) <= ids.get(i - 1))) {
                throw new IllegalArgumentException("sentence numbers must be ascending and non-negative: " + ids);
            }
        }
    }

    /** @return true when both sides have sentences */
    public boolean isMatch() {
        return !en.isEmpty() && !ru.isEmpty();
    }

    /** @return the bead type as English count, dash, Russian count: {@code 1-1}, {@code 2-1}, {@code 0-1} */
    public String type() {
        return en.size() + "-" + ru.size();
    }

    /**
     * @param newFlags flags to carry
     * @return a copy of this bead with these flags
     */
    public Bead withFlags(List<Flag> newFlags) {
        return new Bead(en, ru, score, newFlags, kind, span);
    }

    /**
     * @param newKind how the sides relate
     * @param newSpan for a partial bead, the part of the longer side rendered
     * @return a copy of this bead with this kind and span
     */
    public Bead withKind(BeadKind newKind, Optional<TextSpan> newSpan) {
        return new Bead(en, ru, score, flags, newKind, newSpan);
    }
}
