package org.sverka.export;

import java.util.Objects;
import org.sverka.core.ParallelTable;

/**
 * A review workbook read back: the table with the reviewer's decisions applied, and the context
 * that tells, row by row, what the reviewer did (for TMX and JSON to say so).
 * <pre>{@code
 * ReviewedTable reviewed = ReviewWorkbookReader.readReviewed(in, "reviewed.xlsx", false);
 * new TmxWriter().write(reviewed.table(), reviewed.context(), out);
 * }</pre>
 *
 * @param table   the reviewed rows
 * @param context the review of each row
 */
public record ReviewedTable(ParallelTable table, ExportContext context) {
    /** Checks the fields. */
    public ReviewedTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(context, "context");
    }
}
