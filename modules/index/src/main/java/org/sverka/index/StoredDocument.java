package org.sverka.index;

import java.util.List;
import java.util.Objects;

/**
 * What the index keeps of a document for the second stage and for display: its identity, language,
 * title and sentences. The terms it was found by are not stored.
 *
 * @param path        the document's identity, as it was added
 * @param contentHash the content hash it was added with
 * @param language    its language code
 * @param title       its title, or an empty string
 * @param sentences   its sentences, in order
 */
public record StoredDocument(String path, String contentHash, String language, String title,
                             List<String> sentences) {
    /** Copies the list. */
    public StoredDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        sentences = List.copyOf(sentences);
    }
}
