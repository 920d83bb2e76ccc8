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
 * @param innerNames the words the document writes with a capital inside a sentence, in lower case
 * @param lowerNames the words of {@code midCapitals} that the document also writes in lower case, in lower case
 * @param midCapitals the words the document writes with a capital right after a letter, a digit or a comma and a space
 * @param sentences how many sentences the document has
 * @param answers   the names already asked about, with the answer (a name recurs through a document)
 * @param capitalWords the capitalized words with their skeletons, read once for every name asked about (by
 *                  whether they are English: {@link #capitalWords(boolean)})
 * @param capitalKeyCache the name keys of the capitalized words, made once, when a Russian name first asks ({@link #capitalKeys()})
 */
record DocumentNames(Set<String> stems, Set<String> keys, String capitals, java.util.NavigableSet<String> innerNames, Set<String> lowerNames,
                     Set<String> midCapitals, int sentences,
                     java.util.concurrent.ConcurrentHashMap<String, Boolean> answers,
                     java.util.concurrent.ConcurrentHashMap<Boolean, NameSkeleton.Words> capitalWords,
                     java.util.concurrent.ConcurrentHashMap<Boolean, Set<String>> capitalKeyCache) {
    /** Copies the sets. */
    DocumentNames {
        stems = Set.copyOf(stems);
        keys = Set.copyOf(keys);
        Objects.requireNonNull(capitals, "capitals");
        innerNames = java.util.Collections.unmodifiableNavigableSet(new java.util.TreeSet<>(innerNames));
        lowerNames = Set.copyOf(lowerNames);
        midCapitals = Set.copyOf(midCapitals);
        Objects.requireNonNull(capitalWords, "capitalWords");
        Objects.requireNonNull(capitalKeyCache, "capitalKeyCache");
    }

    /**
     * @param analysed the analysed sentences of the document
     * @param document the document
     * @return what the document says
     */
    static DocumentNames of(List<AnalyzedSentence> analysed, SegmentedDocument document) {
        Set<String> stems = new HashSet<>();
        Set<String> keys = new HashSet<>();
        java.util.NavigableSet<String> inner = new java.util.TreeSet<>();
        for (AnalyzedSentence s : analysed) {
            stems.addAll(s.stems());
            s.names().forEach(n -> inner.add(n.toLowerCase(java.util.Locale.ROOT)));
            for (String key : s.keys()) {
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        Set<String> capitals = new LinkedHashSet<>();
        Set<String> mid = new HashSet<>();
        for (int i = 0; i < analysed.size(); i++) {
            capitalized(document.text(i), capitals, mid);
        }
        // which of the words written with a capital inside a sentence also stand in lower case: each lower-case word's
        // hash is compared with theirs before a string is made of it
        int[] midHashes = new int[mid.size()];
        int h = 0;
        for (String m : mid) {
            midHashes[h++] = m.toLowerCase(java.util.Locale.ROOT).hashCode();
        }
        java.util.Arrays.sort(midHashes);
        Set<String> lowerNames = new HashSet<>();
        for (int i = 0; i < analysed.size() && midHashes.length > 0; i++) {
            lowerCase(document.text(i), midHashes, lowerNames);
        }
        String joined = String.join(" ", capitals);
        return new DocumentNames(stems, keys, joined, inner, lowerNames, mid, analysed.size(), new java.util.concurrent.ConcurrentHashMap<>(),
                new java.util.concurrent.ConcurrentHashMap<>(), new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * Whether the document writes a word with a capital inside a sentence somewhere, in some form:
     * the two share all letters but the last two at most, and three letters at least (Кавано,
     * Трампа ~ Трамп, Ким ~ Кима).
     *
     * @param word a word
     * @return whether the document writes it, or a form of it, as a name
     */
    boolean writesInside(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.length() < 3) {
            return innerNames.contains(w);
        }
        String start = w.substring(0, 3);
        for (String n : innerNames.subSet(start, true, start + Character.MAX_VALUE, true)) {
            int p = 0;
            while (p < n.length() && p < w.length() && n.charAt(p) == w.charAt(p)) {
                p++;
            }
            if (p >= Math.min(n.length(), w.length()) - 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the document has a word for a proper name: it writes the word as it is, with its
     * capital, right after a letter, a digit or a comma and a space (inside a sentence, not after
     * its end or a quote), and never in lower case. A sentence's first word the lexicon
     * knows is a name by this test (Trump, May, Bush), not by its capital.
     *
     * @param word a word
     * @return whether the document treats it as a proper name
     */
    boolean treatsAsName(String word) {
        return midCapitals.contains(word) && !lowerNames.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * @param english true when the document is English
     * @return its capitalized words with their skeletons, computed once (thread-safe)
     */
    NameSkeleton.Words capitalWords(boolean english) {
        return capitalWords.computeIfAbsent(english, e -> new NameSkeleton.Words(capitals, e, true));
    }

    /**
     * @return the name keys of the capitalized words of an English document ({@link NameForms#capitalKeys}),
     *         computed once (thread-safe)
     */
    Set<String> capitalKeys() {
        return capitalKeyCache.computeIfAbsent(true, e -> NameForms.capitalKeys(capitals));
    }

    /**
     * Adds the words of a text that start with a capital ({@code \p{Lu}[\p{L}\p{M}]*}: from the
     * capital to the end of the run of letters and marks) to {@code out}, and those right after a
     * letter, a digit or a comma and one space also to {@code mid}.
     */
    private static void capitalized(String text, Set<String> out, Set<String> mid) {
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
            String word = text.substring(start, i);
            out.add(word);
            if (start >= 2 && text.charAt(start - 1) == ' ') {
                char before = text.charAt(start - 2);
                if (Character.isLetterOrDigit(before) || before == ',') {
                    mid.add(word);
                }
            }
        }
    }

    /**
     * Adds the words of a text written in lower case (a run of letters after a character that is
     * none, starting with a small letter) whose lower-case hash is one of {@code hashes} (sorted).
     */
    private static void lowerCase(String text, int[] hashes, Set<String> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLowerCase(c) || i > 0 && wordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0;
            while (i < n && wordChar(c = text.charAt(i))) {
                hash = 31 * hash + Character.toLowerCase(c);
                i++;
            }
            if (java.util.Arrays.binarySearch(hashes, hash) >= 0) {
                out.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    /** A letter or a mark, as words are read here (a surrogate counts, so that a word is never cut inside). */
    private static boolean wordChar(char c) {
        return Character.isSurrogate(c) || FlagScans.letterOrMark(c);
    }
}
