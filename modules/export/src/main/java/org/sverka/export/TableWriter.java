package org.sverka.export;

import java.io.IOException;
import java.io.OutputStream;
import org.sverka.core.ParallelTable;

/**
 * Writes a parallel table in one format. The caller owns the stream (and writes it atomically).
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path)) {
 *     new TmxWriter().write(ParallelTable.of(alignment), out);
 * }
 * }</pre>
 */
public interface TableWriter {
    /**
     * @param table the rows to write, with their sources
     * @param out   where to write; not closed
     * @throws IOException when writing fails
     */
    void write(ParallelTable table, OutputStream out) throws IOException;
}
