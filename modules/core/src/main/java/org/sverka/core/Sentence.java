package org.sverka.core;

import java.util.Objects;

/**
 * One sentence with its place in the extracted text.
 *
 * @param index position of the sentence in its document, from 0
 * @param block index of the {@link Block} it belongs to
 * @param start offset of its first character in {@link Document#text()}
 * @param text  the sentence, trimmed; {@code text.length()} characters long in the source
 */
public record Sentence(int index, int block, int start, String text) {
    /** Checks the invariants. */
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (index < 0 || block < 0 || start < 0) {
            throw new IllegalArgumentException("negative index or offset");
        }
    }

    /** @return offset one past the last character in the document text */
    public int end() {
        return start + text.length();
    }
}
