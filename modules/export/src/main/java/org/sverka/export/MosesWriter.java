package org.sverka.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.sverka.core.ParallelTable;

/**
 * One side of a Moses-style line-aligned corpus ({@code corpus.en}, {@code corpus.ru}): the text
 * of every row with both sides, one a line, line breaks inside a text folded into spaces. Line i
 * of the English file translates line i of the Russian one.
 */
public final class MosesWriter implements TableWriter {
    private final boolean english;

    /** @param english true for the English file, false for the Russian one */
    public MosesWriter(boolean english) {
        this.english = english;
    }

    @Override
    public void write(ParallelTable table, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (ParallelTable.Row r : table.matches()) {
            w.write((english ? r.english() : r.russian()).replaceAll("[\\r\\n\\u2028\\u2029]+", " "));
            w.write('\n');
        }
        w.flush();
    }
}
