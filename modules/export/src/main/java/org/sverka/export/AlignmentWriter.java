package org.sverka.export;

import java.io.IOException;
import java.io.OutputStream;
import org.sverka.core.Alignment;

/**
 * Writes an alignment in one format. The caller owns the stream (and writes it atomically).
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path)) {
 *     new TsvWriter().write(alignment, out);
 * }
 * }</pre>
 */
public interface AlignmentWriter {
    /**
     * @param alignment the alignment
     * @param out       where to write; not closed
     * @throws IOException when writing fails
     */
    void write(Alignment alignment, OutputStream out) throws IOException;
}
