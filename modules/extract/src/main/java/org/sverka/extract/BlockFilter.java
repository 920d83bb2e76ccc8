package org.sverka.extract;

import java.util.List;

/**
 * One step that removes blocks that are not body text; filters are chained by the
 * {@link Extractor}. Like Lucene's token filters, each filter does one thing.
 */
@FunctionalInterface
public interface BlockFilter {
    /**
     * @param blocks the blocks in document order
     * @return the blocks kept, in the same order
     */
    List<RawBlock> filter(List<RawBlock> blocks);
}
