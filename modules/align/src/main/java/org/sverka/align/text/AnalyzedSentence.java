package org.sverka.align.text;

import java.util.List;

/**
 * What the similarity model needs of one sentence, computed once.
 *
 * @param stems    stems of the content words (stop words left out), in order
 * @param keys     {@link NameKey}s of the content words, null where a word is too short
 * @param names    content words written with a capital inside the sentence (name candidates), as written
 * @param numbers  normalized numbers and dates with their surface forms
 * @param allStems stems of every word, stop words included (for learning translation probabilities)
 * @param chars    length in characters
 */
public record AnalyzedSentence(List<String> stems, List<String> keys, List<String> names,
                               List<NumberNormalizer.Value> numbers, List<String> allStems, int chars) {
    /** Copies the lists (the key list may hold nulls). */
    public AnalyzedSentence {
        stems = List.copyOf(stems);
        keys = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keys));
        names = List.copyOf(names);
        numbers = List.copyOf(numbers);
        allStems = List.copyOf(allStems);
    }
}
