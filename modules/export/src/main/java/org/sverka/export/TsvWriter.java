package org.sverka.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.sverka.core.Flag;
import org.sverka.core.ParallelTable;

/**
 * Tab-separated values, written by Apache Commons CSV: a header {@code en ru score kind flags},
 * then one row a bead. The quoting is the one spreadsheets and pandas read ({@link #FORMAT}): a
 * cell holding a tab, a line break or a double quote, or starting or ending with a space, is put
 * in double quotes, its double quotes doubled; other cells are written as they are. Each text cell
 * is prepared in two steps before that, which {@link TsvReader} undoes:
 * <ol>
 *   <li>control characters other than tab and line breaks (ESC, NUL, C1 codes) are removed, as
 *       {@link ControlCharacters#remove(String)} does: they carry nothing a reader of a table needs,
 *       and a raw ESC reaches a terminal that prints the file;</li>
 *   <li>a cell a spreadsheet would take for a formula gets a quote in front, by the rule of
 *       {@link FormulaNeutraliser}: a leading {@code '} is added only before a text that starts,
 *       after any quotes, with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 *       return, and a text that already starts with {@code '} followed by one of them gets one
 *       more, so stripping one leading {@code '} from such a cell always restores the text.</li>
 * </ol>
 * The {@code kind} column holds the bead's {@link org.sverka.core.BeadKind#label() kind}, the
 * {@code flags} column its flags as {@link Flag#format(List)} writes them.
 * <pre>{@code
 * new TsvWriter().write(table, out);
 * // en      ru      score   kind        flags
 * // '=1+1   "a""b"  0.900   translation number-only-ru:1 000
 * }</pre>
 * A writer made with {@link #TsvWriter(Function)} adds three columns after these, {@code pair_id},
 * {@code en_source} and {@code ru_source}, the {@link RowOrigin} of each row, prepared the same way
 * (empty cells for a row whose origin is unknown).
 */
public final class TsvWriter implements TableWriter {
    /**
     * The dialect: Commons CSV's tab-delimited format ({@link CSVFormat#TDF}) with line feeds between
     * records, minimal quoting, and surrounding spaces kept (TDF would trim them on reading).
     */
    public static final CSVFormat FORMAT = CSVFormat.TDF.builder()
            .setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .setIgnoreEmptyLines(false)
            .get();
    /** The columns every TSV file has, in order. */
    public static final List<String> COLUMNS = List.of("en", "ru", "score", "kind", "flags");
    /** The columns a writer with origins adds after {@link #COLUMNS}. */
    public static final List<String> ORIGIN_COLUMNS = List.of("pair_id", "en_source", "ru_source");

    private final Function<ParallelTable.Row, RowOrigin> origins;

    /** A writer of the columns {@code en ru score kind flags}. */
    public TsvWriter() {
        this.origins = null;
    }

    /**
     * A writer that adds where each row came from.
     * <pre>{@code
     * new TsvWriter(row -> originOf.get(row.bead())).write(table, out);   // ... flags pair_id en_source ru_source
     * }</pre>
     *
     * @param origins the origin of a row, or null when unknown
     */
    public TsvWriter(Function<ParallelTable.Row, RowOrigin> origins) {
        this.origins = java.util.Objects.requireNonNull(origins, "origins");
    }

    /** @return false: the format has no place for what the documents tell */
    @Override
    public boolean usesContext() {
        return false;
    }

    @Override
    public void write(ParallelTable table, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(w, FORMAT);   // not closed: the caller owns the stream
        List<String> header = new ArrayList<>(COLUMNS);
        if (origins != null) {
            header.addAll(ORIGIN_COLUMNS);
        }
        printer.printRecord(header);
        List<String> cells = new ArrayList<>(header.size());
        for (ParallelTable.Row r : table.rows()) {
            cells.clear();
            cells.add(escape(r.english()));
            cells.add(escape(r.russian()));
            cells.add(ScoreText.of(r.score(), 3));
            cells.add(r.kind().label());
            cells.add(escape(Flag.format(r.flags())));
            if (origins != null) {
                RowOrigin o = origins.apply(r);
                cells.add(o == null ? "" : escape(o.pairId()));
                cells.add(o == null ? "" : escape(o.englishSource()));
                cells.add(o == null ? "" : escape(o.russianSource()));
            }
            record(printer, cells);
        }
        printer.flush();
    }

    /**
     * One record, cell by cell: what {@link CSVPrinter#printRecord(Iterable)} writes, without the
     * stream it opens for every record (half of the writer's CPU samples in a profile of a 1,997-bead book).
     */
    private static void record(CSVPrinter printer, List<String> cells) throws IOException {
        for (String cell : cells) {
            printer.print(cell);
        }
        printer.println();
    }

    /**
     * The value of a cell before Commons CSV quotes it: control characters removed, a would-be
     * formula quoted. Tabs and line breaks are kept (the cell is then put in double quotes).
     *
     * @param text any text
     * @return the cell's value as written between the delimiters
     */
    public static String escape(String text) {
        return FormulaNeutraliser.neutralise(ControlCharacters.remove(text));
    }

    /**
     * Reads a cell's value back, once Commons CSV has unquoted it: the quote of a would-be formula
     * stripped. Control characters removed on writing do not come back. {@link TsvReader} does this
     * for every cell; this method is for callers that split lines themselves.
     *
     * @param cell a cell's value as {@link #escape(String)} gave it
     * @return the text
     * @deprecated read the file with {@link TsvReader}, which also unquotes cells holding tabs,
     *             line breaks and double quotes
     */
    @Deprecated
    public static String unescape(String cell) {
        return FormulaNeutraliser.restore(cell);
    }
}
