package org.sverka.align.model;

import java.util.Arrays;
import java.util.List;

/**
 * One or more adjacent sentences of one side, as the similarity model sees them: made by a
 * {@link PairVocabulary}, whose numbers its words are.
 *
 * @param vocabulary the vocabulary of the document pair
 * @param english    true for an English span
 * @param tokens     stem ids of the content words, in order (repeats kept)
 * @param keys       name-key ids parallel to {@code tokens}, -1 where a word has none
 * @param stems      the distinct stem ids, sorted
 * @param keySet     the distinct name-key ids, sorted
 * @param numbers    normalized number tokens (repeats kept)
 * @param chars      length in characters
 */
public record Span(PairVocabulary vocabulary, boolean english, int[] tokens, int[] keys, int[] stems, int[] keySet,
                   List<String> numbers, int chars) {
    /** @return true when the span has no content words and no numbers */
    public boolean isEmpty() {
        return tokens.length == 0 && numbers.isEmpty();
    }

    /**
     * @param stem a stem id of this span's side
     * @return whether the span holds it
     */
    public boolean hasStem(int stem) {
        return Arrays.binarySearch(stems, stem) >= 0;
    }

    /**
     * @param key a name-key id
     * @return whether the span holds it
     */
    public boolean hasKey(int key) {
        return Arrays.binarySearch(keySet, key) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Span s && s.vocabulary == vocabulary && s.english == english && Arrays.equals(s.tokens, tokens)
                && s.numbers.equals(numbers) && s.chars == chars;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tokens) * 31 + chars;
    }

    @Override
    public String toString() {
        return (english ? "en" : "ru") + Arrays.toString(tokens) + numbers;
    }
}
