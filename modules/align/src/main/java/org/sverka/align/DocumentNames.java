package org.sverka.align;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.core.SegmentedDocument;

/**
 * What one side's whole document says, for asking whether it ever mentions a name: the stems and
 * name keys of all its sentences, and its distinct capitalized words (one of each, so that a long
 * document costs a name check its vocabulary, not its length). Made once per document pair.
 *
 * @param stems     the stems of every content word of the document
 * @param keys      their name keys
 * @param capitals  the distinct words written with a capital, separated by spaces
 * @param sentences how many sentences the document has
 * @param answers   the names already asked about, with the answer (a name recurs through a document)
 * @param capitalWords the capitalized words with their skeletons, read once for every name asked about (by
 *                  whether they are English: {@link #capitalWords(boolean)})
 */
record DocumentNames(Set<String> stems, Set<String> keys, String capitals, int sentences,
                     java.util.concurrent.ConcurrentHashMap<String, Boolean> answers,
                     java.util.concurrent.ConcurrentHashMap<Boolean, NameSkeleton.Words> capitalWords) {
    /** Copies the sets. */
    DocumentNames {
        stems = Set.copyOf(stems);
        keys = Set.copyOf(keys);
        Objects.requireNonNull(capitals, "capitals");
        Objects.requireNonNull(capitalWords, "capitalWords");
    }

    /**
     * @param analysed the analysed sentences of the document
     * @param document the document
     * @return what the document says
     */
    static DocumentNames of(List<AnalyzedSentence> analysed, SegmentedDocument document) {
        Set<String> stems = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (AnalyzedSentence s : analysed) {
            stems.addAll(s.stems());
            s.keys().stream().filter(Objects::nonNull).forEach(keys::add);
        }
        Set<String> capitals = new LinkedHashSet<>();
        for (int i = 0; i < analysed.size(); i++) {
            capitalized(document.text(i), capitals);
        }
        String joined = String.join(" ", capitals);
        return new DocumentNames(stems, keys, joined, analysed.size(), new java.util.concurrent.ConcurrentHashMap<>(),
                new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * @param english true when the document is English
     * @return its capitalized words with their skeletons, computed once (thread-safe)
     */
    NameSkeleton.Words capitalWords(boolean english) {
        return capitalWords.computeIfAbsent(english, e -> new NameSkeleton.Words(capitals, e, true));
    }

    /**
     * Adds the words of a text that start with a capital ({@code \p{Lu}[\p{L}\p{M}]*}: from the
     * capital to the end of the run of letters and marks).
     */
    private static void capitalized(String text, Set<String> out) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.getType(c) != Character.UPPERCASE_LETTER) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < n && FlagScans.letterOrMark(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            out.add(text.substring(start, i));
        }
    }
}
