package org.sverka.align.model;

/**
 * One measurement of an English span against a Russian one; the {@link SimilarityModel} combines
 * several. Implementations are immutable and thread-safe.
 */
public interface Signal {
    /** @return a short name, used in model files and explanations */
    String name();

    /**
     * @param english the English span
     * @param russian the Russian span
     * @return the value, on the signal's own scale
     */
    double value(Span english, Span russian);
}
