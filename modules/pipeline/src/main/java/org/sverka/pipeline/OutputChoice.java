package org.sverka.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.sverka.core.Alignment;
import org.sverka.core.ParallelTable;
import org.sverka.export.ExportContext;
import org.sverka.export.OutputFormat;

/**
 * Where and in which format a parallel table goes, chosen from the command line's words: an
 * explicit format name, else the output's extension, else a default. Names the files before any
 * work ({@link #paths()}, to check against the inputs) and writes through {@link TableOutput}.
 * <pre>{@code
 * OutputChoice out = OutputChoice.of(Path.of("corp"), "moses", "tsv");
 * out.paths();                         // [corp.en, corp.ru]
 * out.write(alignment, 0.5);
 * }</pre>
 *
 * @param output the file (for Moses, the prefix of the two files)
 * @param format the format
 */
public record OutputChoice(Path output, OutputFormat format) {
    /**
     * @param output     the file to write
     * @param formatName a format's name, or null to go by the extension of the file
     * @param fallback   the format's name when neither tells it
     * @return the choice
     * @throws IllegalArgumentException naming the formats when the name is none of them
     */
    public static OutputChoice of(Path output, String formatName, String fallback) {
        if (formatName == null) {
            return new OutputChoice(output, OutputFormat.forPath(output).orElseGet(() -> OutputFormat.forName(fallback).orElseThrow()));
        }
        OutputFormat f = OutputFormat.forName(formatName).orElseThrow(() -> new IllegalArgumentException(
                "unknown --format '" + formatName + "': use " + OutputFormat.names()));
        return new OutputChoice(output, f);
    }

    /** @return the files a write creates or replaces, in order */
    public List<Path> paths() {
        return TableOutput.paths(output, format);
    }

    /** @return true for the formats that show every row to a person (the workbook and the HTML page), not a corpus */
    public boolean forReview() {
        return format == OutputFormat.XLSX || format == OutputFormat.HTML;
    }

    /**
     * Writes an alignment with what the writers can say of its documents (made only for a format
     * that has a place for it: not for TSV, links or Moses).
     *
     * @param alignment the alignment
     * @param threshold matches under this score are highlighted in the workbook
     * @return the files written
     */
    public List<Path> write(Alignment alignment, double threshold) {
        return TableOutput.write(ParallelTable.of(alignment), () -> ExportContext.of(alignment), output, format, threshold);
    }

    /**
     * @param table     a table
     * @param context   facts about its documents and review
     * @param threshold matches under this score are highlighted in the workbook
     * @return the files written
     */
    public List<Path> write(ParallelTable table, ExportContext context, double threshold) {
        return TableOutput.write(table, context, output, format, threshold);
    }
}
