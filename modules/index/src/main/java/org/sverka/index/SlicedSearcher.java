package org.sverka.index;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher that splits one search across the machine's cores: the index's segments are cut into
 * one slice a core, of about as many documents each, searched at once and merged (the same hits in
 * the same order as a search on one thread). Lucene's own slicing keeps up to 250,000 documents in
 * one slice, so an archive of 100,000 documents would be searched by one thread.
 * <pre>{@code
 * TopDocs top = SlicedSearcher.of(reader).search(query, 20);
 * }</pre>
 */
final class SlicedSearcher extends IndexSearcher {
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Shared by every index of the process; daemon threads, so that they never keep the JVM alive. */
    private static final ExecutorService SLICES = Executors.newFixedThreadPool(CORES, r -> {
        Thread t = new Thread(r, "sverka-search");
        t.setDaemon(true);
        return t;
    });

    private SlicedSearcher(IndexReader reader) {
        super(reader, CORES > 1 ? SLICES : null);
    }

    /**
     * @param reader the index snapshot to search
     * @return a searcher of it that uses every core for one search
     */
    static SlicedSearcher of(IndexReader reader) {
        return new SlicedSearcher(reader);
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        long docs = 0;
        for (LeafReaderContext leaf : leaves) {
            docs += leaf.reader().maxDoc();
        }
        int perSlice = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (docs + CORES - 1) / Math.max(1, CORES)));
        return slices(leaves, perSlice, Integer.MAX_VALUE);
    }
}
