package org.sverka.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * One step that removes blocks that are not body text; filters are chained by the
 * {@link Extractor}, which records every block a filter removes under the filter's
 * {@link #reason()}. Like Lucene's token filters, each filter does one thing.
 */
public interface BlockFilter {
    /**
     * @param blocks the blocks in document order
     * @return the blocks kept (the same instances), in the same order
     */
    List<RawBlock> filter(List<RawBlock> blocks);

    /** @return the short stable name under which removed blocks are recorded, e.g. {@code "phrase"} */
    String reason();

    /**
     * @param before the blocks given to a filter
     * @param after  the blocks it kept
     * @return the blocks it removed, in order
     */
    static List<RawBlock> removed(List<RawBlock> before, List<RawBlock> after) {
        Set<RawBlock> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(after);
        List<RawBlock> out = new ArrayList<>();
        for (RawBlock b : before) {
            if (!kept.contains(b)) {
                out.add(b);
            }
        }
        return out;
    }
}
