package org.sverka.extract;

import java.util.List;

/**
 * Drops short blocks that are mostly link text: menus, share buttons and "related stories" lists
 * that are not marked up as navigation.
 */
public final class LinkListFilter implements BlockFilter {
    private static final double MAX_LINK_DENSITY = 0.6;
    private static final int SHORT_BLOCK_WORDS = 15;

    @Override
    public List<RawBlock> filter(List<RawBlock> blocks) {
        return blocks.stream()
                .filter(b -> b.linkDensity() < MAX_LINK_DENSITY || b.text().split("\\s+").length > SHORT_BLOCK_WORDS)
                .toList();
    }
}
