package org.sverka.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import org.sverka.core.ParallelTable;

/**
 * Tab-separated values: a header {@code en ru score}, then one row a line. Each text cell is
 * written in three steps, which {@link #unescape(String)} undoes in reverse order:
 * <ol>
 *   <li>control characters other than tab and line breaks (ESC, NUL, C1 codes) are removed, as
 *       {@link ControlCharacters#remove(String)} does: they carry nothing a reader of a table needs,
 *       and a raw ESC reaches a terminal that prints the file;</li>
 *   <li>backslashes, tabs and line breaks are escaped as {@code \\}, {@code \t}, {@code \n} and
 *       {@code \r};</li>
 *   <li>a cell a spreadsheet would take for a formula gets a quote in front, by the rule of
 *       {@link FormulaNeutraliser}: a leading {@code '} is added only before a text that starts,
 *       after any quotes, with {@code =}, {@code +}, {@code -} or {@code @} (tab and carriage return
 *       cannot come first any more: they are escaped), and a text that already starts with
 *       {@code '} followed by one of them gets one more, so stripping one leading {@code '} from
 *       such a cell always restores the text.</li>
 * </ol>
 * <pre>{@code
 * TsvWriter.escape("=1+1\tx");     // "'=1+1\\tx"
 * TsvWriter.unescape("'=1+1\\tx"); // "=1+1\tx"
 * }</pre>
 * A writer made with {@link #TsvWriter(Function)} adds three columns after these, {@code pair_id},
 * {@code en_source} and {@code ru_source}, the {@link RowOrigin} of each row, escaped the same way
 * (empty cells for a row whose origin is unknown).
 */
public final class TsvWriter implements TableWriter {
    private final Function<ParallelTable.Row, RowOrigin> origins;

    /** A writer of the columns {@code en ru score}. */
    public TsvWriter() {
        this.origins = null;
    }

    /**
     * A writer that adds where each row came from.
     * <pre>{@code
     * new TsvWriter(row -> originOf.get(row.bead())).write(table, out);   // en ru score pair_id en_source ru_source
     * }</pre>
     *
     * @param origins the origin of a row, or null when unknown
     */
    public TsvWriter(Function<ParallelTable.Row, RowOrigin> origins) {
        this.origins = java.util.Objects.requireNonNull(origins, "origins");
    }

    @Override
    public void write(ParallelTable table, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(origins == null ? "en\tru\tscore\n" : "en\tru\tscore\tpair_id\ten_source\tru_source\n");
        for (ParallelTable.Row r : table.rows()) {
            w.write(escape(r.english()));
            w.write('\t');
            w.write(escape(r.russian()));
            w.write('\t');
            w.write(String.format(Locale.ROOT, "%.3f", r.score()));
            if (origins != null) {
                RowOrigin o = origins.apply(r);
                w.write('\t');
                w.write(o == null ? "" : escape(o.pairId()));
                w.write('\t');
                w.write(o == null ? "" : escape(o.englishSource()));
                w.write('\t');
                w.write(o == null ? "" : escape(o.russianSource()));
            }
            w.write('\n');
        }
        w.flush();
    }

    /**
     * @param text any text
     * @return the cell as written: control characters removed, backslash, tab and line breaks
     *         escaped, a would-be formula quoted
     */
    public static String escape(String text) {
        String s = ControlCharacters.remove(text);
        s = s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        return FormulaNeutraliser.neutralise(s);
    }

    /**
     * Reads a cell back: the quote of a would-be formula stripped, the escapes undone. Control
     * characters removed on writing do not come back.
     *
     * @param cell a cell as {@link #escape(String)} wrote it
     * @return the text
     */
    public static String unescape(String cell) {
        String s = FormulaNeutraliser.restore(cell);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 't' -> sb.append('\t');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case '\\' -> sb.append('\\');
                    default -> sb.append('\\').append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
