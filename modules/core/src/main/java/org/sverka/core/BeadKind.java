package org.sverka.core;

import java.util.Locale;

/**
 * What a bead is: how its two sides relate. Every output format writes the {@link #label()}, and
 * {@link #parse(String)} reads it back, so a reviewer can correct it in a workbook.
 * <pre>{@code
 * BeadKind.PARTIAL_EN.label();            // "partial-en"
 * BeadKind.parse("partial-en");           // PARTIAL_EN
 * BeadKind.of(bead);                      // TRANSLATION for a 1-1 bead, ENGLISH_ONLY for a 1-0 one
 * }</pre>
 */
public enum BeadKind {
    /** Both sides render each other. */
    TRANSLATION,
    /** The English side renders part of the Russian side (a shortened quote). */
    PARTIAL_EN,
    /** The Russian side renders part of the English side. */
    PARTIAL_RU,
    /** The same content, restructured: clauses reordered, direct speech made indirect. */
    PARAPHRASE,
    /** A dateline on each side ("MOSCOW, May 24. /TASS/." and «МОСКВА, 24 мая. /ТАСС/.»): metadata, not story text. */
    DATELINE,
    /** English text with no Russian counterpart (commentary, background). */
    ENGLISH_ONLY,
    /** Russian text the English side left out. */
    RUSSIAN_ONLY;

    /** @return the written form: {@code translation}, {@code partial-en}, {@code english-only} */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return true for the kinds that pair text on both sides */
    public boolean isMatch() {
        return this != ENGLISH_ONLY && this != RUSSIAN_ONLY;
    }

    /**
     * Reads a label written by {@link #label()}; case and surrounding space are ignored.
     *
     * @param label the written form
     * @return the kind
     * @throws IllegalArgumentException when the label names no kind, listing the kinds
     */
    public static BeadKind parse(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (BeadKind k : values()) {
            if (k.label().equals(l)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown bead kind '" + label.strip()
                + "' (expected translation, partial-en, partial-ru, paraphrase, dateline, english-only, russian-only)");
    }

    /**
     * The kind a bead has when nothing more is known: a translation when both sides have
     * sentences, otherwise the side that has them.
     *
     * @param enCount English sentences in the bead
     * @param ruCount Russian sentences in the bead
     * @return {@link #TRANSLATION}, {@link #ENGLISH_ONLY} or {@link #RUSSIAN_ONLY}
     */
    public static BeadKind byShape(int enCount, int ruCount) {
        if (enCount > 0 && ruCount > 0) {
            return TRANSLATION;
        }
        return enCount > 0 ? ENGLISH_ONLY : RUSSIAN_ONLY;
    }
}
