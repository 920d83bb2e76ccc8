package org.sverka.core;

import java.util.Objects;

/**
 * One structural unit of extracted text: a heading, a paragraph, a list item or a table cell.
 *
 * <p>A block never spans a paragraph boundary, so its end is always a sentence end.
 * {@code start} is the offset of the block's first character in {@link Document#text()}.
 *
 * @param index position of the block in its document, from 0
 * @param kind  what the block was in the source
 * @param start offset of the first character in the document text
 * @param text  the block's text, trimmed, never empty
 */
public record Block(int index, BlockKind kind, int start, String text) {
    /** Checks the invariants. */
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (index < 0 || start < 0) {
            throw new IllegalArgumentException("negative index or offset");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty block");
        }
    }

    /** @return offset one past the last character in the document text */
    public int end() {
        return start + text.length();
    }
}
