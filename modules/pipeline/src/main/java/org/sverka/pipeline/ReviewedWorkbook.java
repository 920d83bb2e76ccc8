package org.sverka.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sverka.core.InputException;
import org.sverka.core.ParallelTable;
import org.sverka.export.ReviewWorkbookReader;
import org.sverka.export.ReviewedTable;

/**
 * Applies a reviewer's decisions in a workbook written by {@code sverka align -o x.xlsx} and writes
 * the result: every row not rejected (or only the accepted ones), as the reviewer left them. For a
 * corpus format only rows with both sides are written; the workbook and the page show every row.
 * <pre>{@code
 * ReviewedWorkbook.Applied r = ReviewedWorkbook.apply(Path.of("review.xlsx"), false,
 *         OutputChoice.of(Path.of("memory.tmx"), null, "tmx"));
 * }</pre>
 */
public final class ReviewedWorkbook {
    private ReviewedWorkbook() {
    }

    /**
     * What was written.
     *
     * @param rows    rows kept
     * @param matches rows kept with both sides
     * @param written the files written
     */
    public record Applied(int rows, int matches, List<Path> written) {
    }

    /**
     * @param workbook     the reviewed workbook
     * @param onlyAccepted keep only rows marked accept
     * @param output       where and how to write
     * @return what was written
     * @throws InputException when the workbook is missing, not one sverka wrote, or inconsistent (naming sheet and row)
     */
    public static Applied apply(Path workbook, boolean onlyAccepted, OutputChoice output) {
        if (!Files.isRegularFile(workbook)) {
            throw new InputException(workbook.toString(), Files.isDirectory(workbook) ? "is a directory, not a file" : "no such file");
        }
        OutputGuard.refuseOverlap(List.of(workbook), output.paths());
        ReviewedTable reviewed;
        try (InputStream in = Files.newInputStream(workbook)) {
            reviewed = ReviewWorkbookReader.readReviewed(in, workbook.toString(), onlyAccepted);
        } catch (IOException e) {
            throw new InputException(workbook.toString(), "cannot be read: " + e.getMessage(), e);
        }
        ParallelTable table = reviewed.table();
        ParallelTable written = output.forReview() ? table : table.withRows(table.matches());
        return new Applied(table.rows().size(), table.matches().size(), output.write(written, reviewed.context(), 0.5));
    }
}
