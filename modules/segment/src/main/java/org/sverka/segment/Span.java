package org.sverka.segment;

import org.sverka.core.SentenceKind;

/**
 * A sentence found in a paragraph, before it becomes a {@link org.sverka.core.Sentence}.
 *
 * @param start offset of its first character
 * @param end   offset just after its last character
 * @param kind  what it is
 */
record Span(int start, int end, SentenceKind kind) {
}
