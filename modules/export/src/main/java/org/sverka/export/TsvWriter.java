package org.sverka.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.sverka.core.ParallelTable;

/**
 * Tab-separated values: a header {@code en ru score}, then one row a line. Backslashes, tabs and
 * line breaks inside a text are escaped as {@code \\}, {@code \t}, {@code \n} and {@code \r}.
 */
public final class TsvWriter implements TableWriter {
    @Override
    public void write(ParallelTable table, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("en\tru\tscore\n");
        for (ParallelTable.Row r : table.rows()) {
            w.write(escape(r.english()));
            w.write('\t');
            w.write(escape(r.russian()));
            w.write('\t');
            w.write(String.format(Locale.ROOT, "%.3f", r.score()));
            w.write('\n');
        }
        w.flush();
    }

    /**
     * @param text any text
     * @return the text with backslash, tab and line breaks escaped
     */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
