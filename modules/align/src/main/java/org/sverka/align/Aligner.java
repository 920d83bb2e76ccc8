package org.sverka.align;

import org.sverka.core.Alignment;
import org.sverka.core.SegmentedDocument;

/**
 * Pairs the sentences of an English document with those of a Russian one.
 * <pre>{@code
 * Alignment a = aligner.align(english, russian);
 * a.beads().forEach(b -> System.out.println(b.type() + " " + a.englishText(b) + " = " + a.russianText(b)));
 * }</pre>
 * Implementations are immutable and thread-safe.
 */
public interface Aligner {
    /**
     * @param english the English side
     * @param russian the Russian side
     * @return beads covering every sentence of both sides once, in document order
     */
    Alignment align(SegmentedDocument english, SegmentedDocument russian);

    /** @return the mode name shown to users ({@code parallel}, {@code report}, ...) */
    String name();
}
