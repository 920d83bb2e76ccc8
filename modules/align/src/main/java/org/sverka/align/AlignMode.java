package org.sverka.align;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sverka.align.model.SimilarityModel;

/**
 * The aligners sverka offers, by the name a user gives ({@code --mode}). This is the one place
 * where a mode becomes an aligner; commands and the pipeline ask it rather than keeping their own
 * map.
 * <pre>{@code
 * Aligner a = AlignMode.parse("report").orElseThrow().aligner(SimilarityModel.defaultModel(), false);
 * }</pre>
 */
public enum AlignMode {
    /** Decide from the documents: parallel when they translate each other throughout, report otherwise. */
    AUTO,
    /** Both documents translate each other in order (monotone alignment). */
    PARALLEL,
    /** The English report quotes parts of the Russian original, in any order, with commentary between. */
    REPORT,
    /** Sentence lengths only (Gale and Church), a baseline that needs no lexicon. */
    LENGTH;

    /** @return the name a user types: {@code auto}, {@code parallel}, {@code report}, {@code length} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the names of all modes, comma-separated, for messages */
    public static String labels() {
        return Arrays.stream(values()).map(AlignMode::label).collect(Collectors.joining(", "));
    }

    /**
     * @param label a mode's name, any case
     * @return the mode, or empty when no mode has that name
     */
    public static Optional<AlignMode> parse(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.label().equals(l)).findFirst();
    }

    /**
     * Makes this mode's aligner.
     *
     * @param model the similarity model (ignored by {@link #LENGTH})
     * @param adapt true to add the adaptive second pass that learns the pair's own vocabulary
     *              (no effect on {@link #LENGTH})
     * @return a new aligner
     */
    public Aligner aligner(SimilarityModel model, boolean adapt) {
        if (adapt && this != LENGTH) {
            return new AdaptiveAligner(model, m -> aligner(m, false));
        }
        return switch (this) {
            case AUTO -> new AutoAligner(model);
            case PARALLEL -> new ParallelAligner(model);
            case REPORT -> new ReportAligner(model);
            case LENGTH -> new LengthAligner();
        };
    }
}
