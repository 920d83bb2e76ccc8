package org.sverka.export;

import java.io.IOException;
import java.io.OutputStream;
import org.sverka.core.Alignment;
import org.sverka.core.ParallelTable;

/**
 * Writes a parallel table in one format. The caller owns the stream (and writes it atomically).
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path)) {
 *     new TmxWriter().write(ParallelTable.of(alignment), out);
 *     // or, with what the documents and a review add (words read and dropped, sentence kinds, review status):
 *     JsonWriter.document().write(alignment, out);
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

    /**
     * Writes the table with what the context adds; a format with no place for it writes the table alone.
     *
     * @param table   the rows to write
     * @param context the documents' summaries, sentence kinds and the review of each row
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     */
    default void write(ParallelTable table, ExportContext context, OutputStream out) throws IOException {
        write(table, out);
    }

    /**
     * Whether {@link #write(ParallelTable, ExportContext, OutputStream)} reads the context: a writer
     * whose format has no place for it says false, and a caller may then give
     * {@link ExportContext#NONE} instead of making one (counting a book's words took about a tenth
     * of its TSV export).
     *
     * @return true unless this writer writes the table alone whatever the context
     */
    default boolean usesContext() {
        return true;
    }

    /**
     * Writes an alignment with everything its documents tell ({@link ExportContext#of(Alignment)}).
     *
     * @param alignment the alignment
     * @param out       where to write; not closed
     * @throws IOException when writing fails
     */
    default void write(Alignment alignment, OutputStream out) throws IOException {
        write(ParallelTable.of(alignment), ExportContext.of(alignment), out);
    }
}
