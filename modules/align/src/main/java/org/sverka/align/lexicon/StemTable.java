package org.sverka.align.lexicon;

import java.util.Map;

/**
 * Where a {@link Lexicon} finds its own pairs: hash maps filled by a {@link Lexicon.Builder}, or
 * the sorted arrays of a {@link PackedLexicon} read in one piece.
 */
interface StemTable {
    /**
     * @param enStem an English stem
     * @return its Russian translations with weights; empty when unknown
     */
    Map<String, Float> russianFor(String enStem);

    /**
     * @param ruStem a Russian stem
     * @return its English translations with weights; empty when unknown
     */
    Map<String, Float> englishFor(String ruStem);

    /** @return how many English stems have a translation */
    int englishStems();

    /**
     * Visits every pair once.
     *
     * @param consumer receives the pairs
     */
    void forEachPair(Lexicon.PairConsumer consumer);
}
