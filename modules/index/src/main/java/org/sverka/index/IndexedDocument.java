package org.sverka.index;

import java.util.List;
import java.util.Objects;

/**
 * One document as the caller hands it to the index: who it is, and the terms it is found by. The
 * index does no language analysis of its own; the caller supplies the terms already stemmed, the
 * name keys already transliterated and folded, the numbers and dates already normalised, each in
 * one written form shared with the queries.
 * <pre>{@code
 * IndexedDocument doc = new IndexedDocument("/archive/tass/2015-09-16.html", sha256, "ru",
 *         "Лавров встретился с Керри",
 *         List.of("лавр", "встрет", "керр", "женев"),       // stemmed content words, repeats kept
 *         List.of("lavrov", "kerri", "zheneva"),             // name keys
 *         List.of("2015-09-16", "5"),                        // numbers and dates
 *         List.of("Лавров встретился с Керри в Женеве.", "Переговоры продлились пять часов."));
 * }</pre>
 *
 * @param path         the document's identity in the index (for a file, its absolute normalised
 *                     path); adding another document with the same path replaces it
 * @param contentHash  a hash of the document's content (for example SHA-256 of its bytes, in hex);
 *                     adding the same path with the same hash changes nothing
 * @param language     the document's language as an ISO 639-1 code ({@code "ru"}, {@code "en"})
 * @param title        the title, or an empty string
 * @param contentTerms the content words, stemmed, in text order with repeats (repeats are term
 *                     frequency for the ranking)
 * @param nameKeys     the name keys of the names in the document, repeats allowed
 * @param numbers      the numbers and dates in their normalised written form, repeats allowed
 * @param sentences    the document's sentences in order, kept for the second stage
 */
public record IndexedDocument(String path, String contentHash, String language, String title,
                              List<String> contentTerms, List<String> nameKeys, List<String> numbers,
                              List<String> sentences) {
    /** Checks that the identity is given and copies the lists. */
    public IndexedDocument {
        requireText(path, "path");
        requireText(contentHash, "contentHash");
        requireText(language, "language");
        Objects.requireNonNull(title, "title");
        contentTerms = List.copyOf(contentTerms);
        nameKeys = List.copyOf(nameKeys);
        numbers = List.copyOf(numbers);
        sentences = List.copyOf(sentences);
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " is empty");
        }
    }
}
