package org.sverka.extract;

import java.util.List;

/**
 * Keeps only blocks inside {@code article} or {@code main} when the page marks its main content
 * so; pages without such elements pass unchanged.
 */
public final class MainContentFilter implements BlockFilter {
    @Override
    public List<RawBlock> filter(List<RawBlock> blocks) {
        boolean marked = blocks.stream().anyMatch(RawBlock::mainContent);
        return marked ? blocks.stream().filter(RawBlock::mainContent).toList() : blocks;
    }
}
