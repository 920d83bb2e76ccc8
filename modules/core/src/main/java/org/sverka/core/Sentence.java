package org.sverka.core;

import java.util.Objects;

/**
 * One sentence with its place in the extracted text.
 *
 * @param index position of the sentence in its document, from 0
 * @param block index of the {@link Block} it belongs to
 * @param start offset of its first character in {@link Document#text()}
 * @param text  the sentence, trimmed; {@code text.length()} characters long in the source
 * @param kind  what the sentence is: an ordinary sentence, a dateline, a speaker's label
 */
public record Sentence(int index, int block, int start, String text, SentenceKind kind) {
    /** Checks the invariants. */
    public Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (index < 0 || block < 0 || start < 0) {
            throw new IllegalArgumentException("negative index or offset");
        }
    }

    /**
     * An ordinary sentence.
     *
     * @param index position of the sentence in its document, from 0
     * @param block index of its block
     * @param start offset of its first character in the document text
     * @param text  the sentence, trimmed
     */
    public Sentence(int index, int block, int start, String text) {
        this(index, block, start, text, SentenceKind.SENTENCE);
    }

    /** @return offset one past the last character in the document text */
    public int end() {
        return start + text.length();
    }
}
