package org.sverka.core;

import java.util.Objects;

/**
 * A detected language with the detector's confidence.
 *
 * @param language   ISO 639-1 code in lower case ({@code "en"}, {@code "ru"}), or {@code "und"}
 * @param confidence in [0, 1]; 0 for {@link #UNKNOWN}
 */
public record LanguageGuess(String language, double confidence) {
    /** The guess for text in which no language could be told. */
    public static final LanguageGuess UNKNOWN = new LanguageGuess("und", 0.0);

    /** Checks the invariants. */
    public LanguageGuess {
        Objects.requireNonNull(language, "language");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    /** @return true unless this is {@link #UNKNOWN} */
    public boolean isKnown() {
        return !"und".equals(language);
    }
}
