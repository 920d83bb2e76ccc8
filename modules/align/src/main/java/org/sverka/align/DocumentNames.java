package org.sverka.align;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 */
record DocumentNames(Set<String> stems, Set<String> keys, String capitals, int sentences,
                     java.util.concurrent.ConcurrentHashMap<String, Boolean> answers) {
    private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]*", Pattern.UNICODE_CHARACTER_CLASS);

    /** Copies the sets. */
    DocumentNames {
        stems = Set.copyOf(stems);
        keys = Set.copyOf(keys);
        Objects.requireNonNull(capitals, "capitals");
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
            Matcher m = CAPITALIZED.matcher(document.text(i));
            while (m.find()) {
                capitals.add(m.group());
            }
        }
        return new DocumentNames(stems, keys, String.join(" ", capitals), analysed.size(), new java.util.concurrent.ConcurrentHashMap<>());
    }
}
