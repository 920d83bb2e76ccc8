package org.sverka.align.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.align.text.NumberNormalizer;

/**
 * One or more adjacent sentences of one side, as the similarity model sees them.
 *
 * @param stems   content stems, in order (repeats kept)
 * @param keys    name keys of the content stems, parallel to {@code stems} (null where none)
 * @param stemSet the distinct stems, for look-ups
 * @param keySet  the distinct name keys
 * @param numbers normalized number tokens (repeats kept)
 * @param chars   length in characters
 */
public record Span(List<String> stems, List<String> keys, Set<String> stemSet, Set<String> keySet,
                   List<String> numbers, int chars) {
    /**
     * @param sentences analysed sentences, in order
     * @return their span
     */
    public static Span of(List<AnalyzedSentence> sentences) {
        List<String> stems = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        int chars = 0;
        for (AnalyzedSentence s : sentences) {
            stems.addAll(s.stems());
            keys.addAll(s.keys());
            for (NumberNormalizer.Value v : s.numbers()) {
                numbers.add(v.token());
            }
            chars += s.chars() + (chars > 0 ? 1 : 0);
        }
        Set<String> keySet = new HashSet<>(keys);
        keySet.remove(null);
        return new Span(List.copyOf(stems), java.util.Collections.unmodifiableList(keys), Set.copyOf(stems),
                Set.copyOf(keySet), List.copyOf(numbers), chars);
    }

    /** @return true when the span has no content words and no numbers */
    public boolean isEmpty() {
        return stems.isEmpty() && numbers.isEmpty();
    }
}
