package org.sverka.extract;

import java.util.List;
import org.sverka.core.DroppedBlock;

/**
 * Drops short blocks that are mostly link text: menus, share buttons and "related stories" lists
 * that are not marked up as navigation. Applied to web pages and e-mail only; removed blocks are
 * recorded as {@value #REASON}. A sentence with a link in it stays: only blocks whose text is
 * mostly link text and that are short are removed.
 */
public final class LinkListFilter implements BlockFilter {
    /** The reason recorded for blocks this filter removes. */
    public static final String REASON = "link-list";
    private static final double MAX_LINK_DENSITY = 0.6;
    private static final int SHORT_BLOCK_WORDS = 15;

    @Override
    public List<RawBlock> filter(List<RawBlock> blocks) {
        return blocks.stream()
                .filter(b -> b.linkDensity() < MAX_LINK_DENSITY || DroppedBlock.countWords(b.text()) > SHORT_BLOCK_WORDS)
                .toList();
    }

    @Override
    public String reason() {
        return REASON;
    }
}
