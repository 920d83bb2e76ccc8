package org.sverka.extract;

import org.sverka.core.BlockKind;

/**
 * A block as collected from the parser, before the block filters decide whether to keep it.
 *
 * @param kind        what the block is
 * @param text        its text, white space folded
 * @param mainContent true when it stood inside an {@code article} or {@code main} element
 * @param linkText    how many of its characters were inside links
 * @param part        which part of a multi-part input it came from (an e-mail alternative, an attachment), from 0
 */
public record RawBlock(BlockKind kind, String text, boolean mainContent, int linkText, int part) {
    /** @return the share of the text that is link text, in [0, 1] */
    public double linkDensity() {
        return text.isEmpty() ? 0.0 : Math.min(1.0, (double) linkText / text.length());
    }
}
