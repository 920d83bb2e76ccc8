package org.sverka.pipeline.corpus;

import java.util.List;

/**
 * One bead of a corpus: what a row of every corpus output holds.
 *
 * @param pairId the document pair it came from
 * @param index  its number within the pair's alignment, from 1
 * @param en     the English text
 * @param ru     the Russian text
 * @param score  the aligner's score
 * @param type   {@code 1-1}, {@code 2-1} and so on
 * @param flags  what a reviewer should check
 */
public record CorpusBead(String pairId, int index, String en, String ru, double score, String type, List<String> flags) {
    /** Copies the list. */
    public CorpusBead {
        flags = List.copyOf(flags);
    }
}
