package org.sverka.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;

/**
 * Tab-separated values: a header {@code en ru score}, then one bead a line in document order,
 * unmatched sentences included with the other side empty. Tabs, line breaks and backslashes
 * inside a text are escaped as {@code \t}, {@code \n}, {@code \r} and {@code \\}.
 */
public final class TsvWriter implements AlignmentWriter {
    @Override
    public void write(Alignment alignment, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("en\tru\tscore\n");
        for (Bead b : alignment.beads()) {
            w.write(escape(alignment.englishText(b)));
            w.write('\t');
            w.write(escape(alignment.russianText(b)));
            w.write('\t');
            w.write(String.format(Locale.ROOT, "%.3f", b.score()));
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
