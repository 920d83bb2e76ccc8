package org.sverka.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.sverka.align.text.SharedTerms;
import org.sverka.core.ParallelTable;
import org.sverka.export.Highlighter;
import org.sverka.export.ExportContext;
import org.sverka.export.HtmlWriter;
import org.sverka.export.JsonWriter;
import org.sverka.export.LinksWriter;
import org.sverka.export.MosesWriter;
import org.sverka.export.OutputFormat;
import org.sverka.export.ReviewWorkbookWriter;
import org.sverka.export.TableWriter;
import org.sverka.export.TmxWriter;
import org.sverka.export.TsvWriter;

/**
 * Writes a parallel table to a file in a format, atomically ({@link AtomicOutput}); Moses output is two
 * files, OUT.en and OUT.ru, written together. {@link #paths} names the files before any work.
 */
public final class TableOutput {
    /** Marks shared numbers and names with the align stage's analysis. */
    public static final Highlighter SHARED_TERMS = (english, russian) -> {
        SharedTerms.Ranges r = SharedTerms.find(english, russian);
        return new Highlighter.Marks(r.english(), r.russian());
    };

    private TableOutput() {
    }

    /**
     * The files a write will create or replace, known before any work: check them against the inputs
     * with {@link OutputGuard#refuseOverlap}.
     * <pre>{@code
     * TableOutput.paths(Path.of("corp"), OutputFormat.MOSES);   // [corp.en, corp.ru]
     * }</pre>
     *
     * @param output the file (for Moses, the prefix of the two files)
     * @param format the format
     * @return the files written, in order
     */
    public static List<Path> paths(Path output, OutputFormat format) {
        if (format == OutputFormat.MOSES) {
            String base = output.toString().replaceAll("\\.moses$", "");
            return List.of(Path.of(base + ".en"), Path.of(base + ".ru"));
        }
        return List.of(output);
    }

    /**
     * Writes the table; the two Moses files are written together ({@link OutputGroup}): when one
     * fails, neither is changed.
     *
     * @param table     the table
     * @param output    the file (for Moses, the prefix of the two files)
     * @param format    the format
     * @param threshold rows under this score are highlighted in the workbook
     * @return the files written
     */
    public static List<Path> write(ParallelTable table, Path output, OutputFormat format, double threshold) {
        return write(table, ExportContext.NONE, output, format, threshold);
    }

    /**
     * Writes the table with what the writers can say of its documents: words read and dropped,
     * title, sentence kinds, the reviewer's decisions.
     * <pre>{@code
     * TableOutput.write(ParallelTable.of(alignment), ExportContext.of(alignment), Path.of("out.json"),
     *         OutputFormat.JSON, 0.5);
     * }</pre>
     *
     * @param table     the table
     * @param context   facts about the documents and the review ({@link ExportContext#NONE} when none)
     * @param output    the file (for Moses, the prefix of the two files)
     * @param format    the format
     * @param threshold rows under this score are highlighted in the workbook
     * @return the files written
     */
    public static List<Path> write(ParallelTable table, ExportContext context, Path output, OutputFormat format,
                                   double threshold) {
        return write(table, () -> context, output, format, threshold);
    }

    /**
     * {@link #write(ParallelTable, ExportContext, Path, OutputFormat, double)} with a context made only
     * when the format's writer reads one ({@link TableWriter#usesContext()}): a TSV file, links or
     * Moses files never make it.
     * <pre>{@code
     * TableOutput.write(ParallelTable.of(alignment), () -> ExportContext.of(alignment), Path.of("out.tsv"),
     *         OutputFormat.TSV, 0.5);   // ExportContext.of is not called
     * }</pre>
     *
     * @param table     the table
     * @param context   makes the facts about the documents and the review, when needed
     * @param output    the file (for Moses, the prefix of the two files)
     * @param format    the format
     * @param threshold rows under this score are highlighted in the workbook
     * @return the files written
     */
    public static List<Path> write(ParallelTable table, Supplier<ExportContext> context, Path output, OutputFormat format,
                                   double threshold) {
        if (format == OutputFormat.MOSES) {
            List<Path> files = paths(output, format);
            try (OutputGroup group = new OutputGroup()) {
                group.add(files.get(0), out -> new MosesWriter(true).write(table, out));
                group.add(files.get(1), out -> new MosesWriter(false).write(table, out));
                group.commit();
            }
            return files;
        }
        TableWriter writer = switch (format) {
            case TSV -> new TsvWriter();
            case LINKS -> new LinksWriter();
            case JSON -> JsonWriter.document();
            case JSONL -> JsonWriter.lines();
            case TMX -> new TmxWriter();
            case XLSX -> new ReviewWorkbookWriter(threshold);
            case HTML -> new HtmlWriter(SHARED_TERMS);
            case MOSES -> throw new IllegalStateException("handled above");
        };
        ExportContext facts = writer.usesContext() ? context.get() : ExportContext.NONE;
        AtomicOutput.write(output, out -> writer.write(table, facts, out));
        return List.of(output);
    }
}
